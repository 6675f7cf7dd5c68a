import { Box, Button, Center, Paper, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useCustomers } from '../../api/customers'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import type { CustomerListState } from './customer-filters'
import { CustomerCard, CustomerRow } from './customer-row'

/** The customers matching the list state: a table on wide screens, card rows on phones. */
export function CustomersList({ state }: { state: CustomerListState }) {
  const { t } = useTranslation()
  const narrow = useMediaQuery('(max-width: 48em)', false)
  const customers = useCustomers(state.filter, state.savedFilterId)
  const items = customers.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <Box>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {customers.isPending && <SectionLoader />}
        {customers.isError && <ErrorAlert error={customers.error} />}
        {customers.data && items.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" p="lg" data-testid="customers-empty">
            {t('customers.empty')}
          </Text>
        )}
        {items.length > 0 && narrow && (
          <Box data-testid="customers-list">
            {items.map((customer) => (
              <CustomerCard key={customer.id} customer={customer} />
            ))}
          </Box>
        )}
        {items.length > 0 && !narrow && (
          <Table.ScrollContainer minWidth={820} type="native">
            <Table data-testid="customers-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customers.name')}</Table.Th>
                  <Table.Th>{t('customers.segments')}</Table.Th>
                  <Table.Th ta="right">{t('customers.orders')}</Table.Th>
                  <Table.Th ta="right">{t('customers.lifetimeValue')}</Table.Th>
                  <Table.Th>{t('customers.lastOrder')}</Table.Th>
                  <Table.Th>{t('customers.tags')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((customer) => (
                  <CustomerRow key={customer.id} customer={customer} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {customers.hasNextPage && (
        <Center mt="md">
          <Button
            variant="default"
            onClick={() => void customers.fetchNextPage()}
            loading={customers.isFetchingNextPage}
            data-testid="customers-load-more"
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Box>
  )
}
