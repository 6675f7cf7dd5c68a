import { Paper, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useImportRuns } from '../../api/imports'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { formatDateTime } from '../../i18n/format'
import { ImportStatusBadge } from './import-status'

interface ImportRunsTableProps {
  selectedId: string | null
  onSelect: (id: string) => void
}

/** Recent runs, newest first; a row opens that run's progress and errors above. */
export function ImportRunsTable({ selectedId, onSelect }: ImportRunsTableProps) {
  const { t } = useTranslation()
  const runs = useImportRuns()
  return (
    <Paper p={0} style={{ overflow: 'hidden' }}>
      {runs.isPending && <SectionLoader />}
      {runs.isError && <ErrorAlert error={runs.error} />}
      {runs.data?.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" p="lg" data-testid="import-runs-empty">
          {t('imports.noRuns')}
        </Text>
      )}
      {runs.data && runs.data.length > 0 && (
        <Table.ScrollContainer minWidth={420} type="native">
          <Table data-testid="import-runs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.file')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('imports.kind')}</Table.Th>
                <Table.Th>{t('imports.started')}</Table.Th>
                <Table.Th>{t('imports.statusTitle')}</Table.Th>
                <Table.Th ta="right">{t('imports.rowsImported')}</Table.Th>
                <Table.Th ta="right">{t('imports.rowsFailed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((run) => (
                <Table.Tr
                  key={run.id}
                  onClick={() => onSelect(run.id)}
                  style={{ cursor: 'pointer' }}
                  bg={run.id === selectedId ? 'var(--mantine-color-indigo-0)' : undefined}
                  data-testid="import-run-row"
                  data-run-id={run.id}
                  data-status={run.status}
                >
                  <Table.Td maw={{ base: 140, sm: 280 }}>
                    <Text size="sm" fw={500} truncate>
                      {run.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{t(`imports.kinds.${run.kind}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(run.startedAt)}
                  </Table.Td>
                  <Table.Td>
                    <ImportStatusBadge status={run.status} rowsFailed={run.rowsFailed} />
                  </Table.Td>
                  <Table.Td ta="right">{run.rowsImported}</Table.Td>
                  <Table.Td ta="right">{run.rowsFailed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  )
}
