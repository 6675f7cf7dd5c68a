import { Box, Button, Center, Paper, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CaseFilters, useReturnCases } from '../../../api/returns'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { CaseCard } from './case-card'
import { CaseRow } from './case-row'

/** The cases matching `filters`, most urgent first: a table on wide screens, cards on phones. */
export function ReturnsList({ filters, today }: { filters: CaseFilters; today: string }) {
  const { t } = useTranslation()
  const narrow = useMediaQuery('(max-width: 48em)', false)
  const [pages, setPages] = useState(1)
  const cases = useReturnCases(filters, pages)
  const items = cases.data?.items ?? []
  const total = cases.data?.total ?? 0

  return (
    <Box>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {cases.isPending && <SectionLoader />}
        {cases.isError && <ErrorAlert error={cases.error} />}
        {cases.data && items.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" p="lg" data-testid="cases-empty">
            {filters.view === 'open' && !filters.q && !filters.kind
              ? t('returns.emptyOpen')
              : t('returns.empty')}
          </Text>
        )}
        {items.length > 0 && narrow && (
          <Box data-testid="cases-list" data-total={total}>
            {items.map((item) => (
              <CaseCard key={item.id} item={item} today={today} />
            ))}
          </Box>
        )}
        {items.length > 0 && !narrow && (
          <Table.ScrollContainer minWidth={980} type="native">
            <Table data-testid="cases-list" data-total={total}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('returns.columns.number')}</Table.Th>
                  <Table.Th>{t('returns.columns.buyer')}</Table.Th>
                  <Table.Th>{t('returns.columns.order')}</Table.Th>
                  <Table.Th>{t('returns.columns.items')}</Table.Th>
                  <Table.Th>{t('returns.columns.status')}</Table.Th>
                  <Table.Th miw={230}>{t('returns.columns.deadline')}</Table.Th>
                  <Table.Th ta="center">{t('returns.columns.verdict')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <CaseRow key={item.id} item={item} today={today} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {items.length < total && (
        <Center mt="md">
          <Button
            variant="default"
            onClick={() => setPages((p) => p + 1)}
            loading={cases.isFetching}
            data-testid="cases-load-more"
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Box>
  )
}
