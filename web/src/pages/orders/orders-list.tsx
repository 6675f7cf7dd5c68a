import { Box, Button, Center, Paper, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { type OrderFilters, useOrders } from '../../api/orders'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { useNow } from '../../lib/use-now'
import { OrderCard } from './order-card'
import { OrderRow } from './order-row'

/** The orders matching `filters`: a table on wide screens, card rows on phones, "Load more". */
export function OrdersList({ filters }: { filters: OrderFilters }) {
  const { t } = useTranslation()
  const narrow = useMediaQuery('(max-width: 48em)', false)
  const orders = useOrders(filters)
  const now = useNow()
  const items = orders.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <Box>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {orders.isPending && <SectionLoader />}
        {orders.isError && <ErrorAlert error={orders.error} />}
        {orders.data && items.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" p="lg" data-testid="orders-empty">
            {t('orders.empty')}
          </Text>
        )}
        {items.length > 0 && narrow && (
          <Box data-testid="orders-list">
            {items.map((order) => (
              <OrderCard key={order.id} order={order} now={now} />
            ))}
          </Box>
        )}
        {items.length > 0 && !narrow && (
          <Table.ScrollContainer minWidth={1000} type="native">
            <Table data-testid="orders-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('orders.number')}</Table.Th>
                  <Table.Th>{t('orders.buyer')}</Table.Th>
                  <Table.Th miw={210}>{t('orders.status')}</Table.Th>
                  <Table.Th miw={200}>{t('orders.shipment')}</Table.Th>
                  <Table.Th ta="right">{t('orders.total')}</Table.Th>
                  <Table.Th>{t('orders.placed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((order) => (
                  <OrderRow key={order.id} order={order} now={now} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {orders.hasNextPage && (
        <Center mt="md">
          <Button
            variant="default"
            onClick={() => void orders.fetchNextPage()}
            loading={orders.isFetchingNextPage}
            data-testid="orders-load-more"
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Box>
  )
}
