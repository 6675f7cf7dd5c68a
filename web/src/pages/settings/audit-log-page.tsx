import { Button, Center, Paper, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useAuditLog } from '../../api/hooks/use-audit-log'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { PageHeader } from '../../components/page-header'
import { AuditRow } from './audit-row'

export function AuditLogPage() {
  const { t } = useTranslation()
  const log = useAuditLog()
  const entries = log.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <Stack gap="md">
      <PageHeader title={t('auditLog.title')} description={t('auditLog.description')} />
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {log.isPending && <SectionLoader />}
        {log.isError && <ErrorAlert error={log.error} />}
        {log.data && entries.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" p="lg" data-testid="audit-empty">
            {t('auditLog.empty')}
          </Text>
        )}
        {entries.length > 0 && (
          <Table.ScrollContainer minWidth={860} type="native">
            <Table data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th aria-label={t('auditLog.changes')} />
                  <Table.Th>{t('auditLog.time')}</Table.Th>
                  <Table.Th>{t('auditLog.actor')}</Table.Th>
                  <Table.Th>{t('auditLog.event')}</Table.Th>
                  <Table.Th>{t('auditLog.entity')}</Table.Th>
                  <Table.Th>{t('auditLog.ip')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {log.hasNextPage && (
        <Center>
          <Button
            variant="default"
            onClick={() => void log.fetchNextPage()}
            loading={log.isFetchingNextPage}
            data-testid="audit-load-more"
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
      {log.data && entries.length > 0 && !log.hasNextPage && (
        <Text c="dimmed" size="xs" ta="center" data-testid="audit-end">
          {t('auditLog.end')}
        </Text>
      )}
    </Stack>
  )
}
