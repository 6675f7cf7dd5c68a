import { Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { customerKeys } from '../../api/customers'
import { useCurrentMe } from '../../api/hooks/use-me'
import { importErrorsUrl, useImportRun } from '../../api/imports'
import { orderKeys } from '../../api/orders'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { formatDateTime } from '../../i18n/format'
import { IconDownload } from '../orders/common/order-icons'
import { SectionCard } from '../orders/common/section-card'
import { ImportErrorsTable } from './import-errors-table'
import { ImportStatusBadge } from './import-status'

function Count({
  label,
  value,
  color,
  testId,
}: {
  label: string
  value: number
  color?: string
  testId: string
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={650} size="lg" c={color} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  )
}

/** One run live: a progress bar (polled every second), row counts, errors and the error report. */
export function ImportProgressCard({ runId }: { runId: string }) {
  const { t } = useTranslation()
  const run = useImportRun(runId)
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  const status = run.data?.status
  const wasRunning = useRef(false)

  // When a run ends, lists that show imported orders, customers and past runs are out of date.
  useEffect(() => {
    if (status === 'running') wasRunning.current = true
    else if (status && wasRunning.current) {
      wasRunning.current = false
      void client.invalidateQueries({ queryKey: orderKeys.all(wsId) })
      void client.invalidateQueries({ queryKey: customerKeys.all(wsId) })
      void client.invalidateQueries({ queryKey: ['ws', wsId, 'imports', 'runs'] })
    }
  }, [status, client, wsId])

  if (run.isPending) return <SectionLoader />
  if (!run.data) return <ErrorAlert error={run.error} />
  const r = run.data
  const percent =
    r.status === 'finished' ? 100 : Math.max(0, Math.min(100, Math.round(r.percent ?? 0)))

  return (
    <SectionCard
      title={r.fileName}
      aside={<ImportStatusBadge status={r.status} rowsFailed={r.rowsFailed} />}
      testId="import-progress"
    >
      <div
        data-testid="import-run"
        data-run-id={r.id}
        data-status={r.status}
        data-percent={percent}
      >
        <Group justify="space-between" mb={4}>
          <Text size="xs" c="dimmed">
            {t(`imports.kinds.${r.kind}`)} · {formatDateTime(r.startedAt)}
          </Text>
          <Text size="sm" fw={600} data-testid="import-percent">
            {percent}%
          </Text>
        </Group>
        <Progress
          value={percent}
          size="lg"
          radius="xl"
          color={r.status === 'failed' ? 'red' : r.rowsFailed > 0 ? 'orange' : 'indigo'}
          striped={r.status === 'running'}
          animated={r.status === 'running'}
          aria-label={t('imports.progress')}
          data-testid="import-progress-bar"
        />
      </div>
      <SimpleGrid cols={3} spacing="md">
        <Count label={t('imports.rowsRead')} value={r.rowsRead} testId="import-rows-read" />
        <Count
          label={t('imports.rowsImported')}
          value={r.rowsImported}
          color="green.8"
          testId="import-rows-imported"
        />
        <Count
          label={t('imports.rowsFailed')}
          value={r.rowsFailed}
          color={r.rowsFailed > 0 ? 'red.7' : undefined}
          testId="import-rows-failed"
        />
      </SimpleGrid>
      {r.errors.length > 0 && (
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" fw={600}>
              {t('imports.errorsTitle')}
            </Text>
            <Button
              component="a"
              href={importErrorsUrl(r.id)}
              download
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} />}
              data-testid="import-errors-download"
            >
              {t('imports.downloadErrors')}
            </Button>
          </Group>
          <ImportErrorsTable errors={r.errors} />
          {r.rowsFailed > r.errors.length && (
            <Text size="xs" c="dimmed">
              {t('imports.moreErrors', { count: r.rowsFailed - r.errors.length })}
            </Text>
          )}
        </Stack>
      )}
    </SectionCard>
  )
}
