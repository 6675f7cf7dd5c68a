import { Box, Group, Paper, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseListItem } from '../../../api/return-types'
import { useOpenCasesForChart } from '../../../api/returns'
import {
  bucketOf,
  DEADLINE_BUCKETS,
  type DeadlineBucket,
  runningDeadline,
} from '../common/running-deadline'

const BUCKET_COLORS: Record<DeadlineBucket, string> = {
  overdue: 'red.7',
  today: 'red.4',
  soon: 'orange.4',
  later: 'gray.4',
}

/** Counts open cases per bucket of their running deadline. */
export function countBuckets(items: readonly CaseListItem[], today: string) {
  const counts: Record<DeadlineBucket, number> = { overdue: 0, today: 0, soon: 0, later: 0 }
  for (const item of items) {
    const deadline = runningDeadline(item, today)
    if (deadline) counts[bucketOf(deadline)] += 1
  }
  return counts
}

/**
 * Open cases by how soon the seller's deadline falls, as one stacked bar with a legend: the
 * number an owner wants at a glance. Plain HTML bars, like the customers' segment chart.
 */
export function DeadlineChart({ today }: { today: string }) {
  const { t } = useTranslation()
  const open = useOpenCasesForChart()
  if (!open.data) return null
  const counts = countBuckets(open.data.items, today)
  const total = DEADLINE_BUCKETS.reduce((sum, b) => sum + counts[b], 0)
  const color = (bucket: DeadlineBucket) =>
    `var(--mantine-color-${BUCKET_COLORS[bucket].replace('.', '-')})`

  return (
    <Paper p="md" data-testid="deadline-chart" data-total={total}>
      <Group justify="space-between" mb="xs" wrap="wrap" gap={4}>
        <Text fw={650}>{t('returns.chart.title')}</Text>
        <Text size="xs" c="dimmed">
          {t('returns.chart.hint')}
        </Text>
      </Group>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('returns.chart.empty')}
        </Text>
      ) : (
        <Box
          role="img"
          aria-label={DEADLINE_BUCKETS.map((b) => `${t(`returns.chart.${b}`)}: ${counts[b]}`).join(
            ', ',
          )}
          style={{
            display: 'flex',
            height: 18,
            borderRadius: 4,
            overflow: 'hidden',
            background: 'var(--mantine-color-gray-1)',
          }}
        >
          {DEADLINE_BUCKETS.filter((b) => counts[b] > 0).map((bucket) => (
            <Tooltip
              key={bucket}
              label={t('returns.chart.legend', {
                label: t(`returns.chart.${bucket}`),
                count: counts[bucket],
              })}
              withArrow
            >
              <Box
                data-testid="deadline-bucket-bar"
                data-bucket={bucket}
                style={{ width: `${(counts[bucket] / total) * 100}%`, background: color(bucket) }}
              />
            </Tooltip>
          ))}
        </Box>
      )}
      <Group gap="md" mt="xs" wrap="wrap">
        {DEADLINE_BUCKETS.map((bucket) => (
          <Group
            key={bucket}
            gap={6}
            wrap="nowrap"
            data-testid="deadline-bucket"
            data-bucket={bucket}
            data-count={counts[bucket]}
          >
            <Box w={10} h={10} style={{ borderRadius: 2, background: color(bucket) }} />
            <Text size="sm">
              {t(`returns.chart.${bucket}`)}{' '}
              <Text span fw={650}>
                {counts[bucket]}
              </Text>
            </Text>
          </Group>
        ))}
      </Group>
    </Paper>
  )
}
