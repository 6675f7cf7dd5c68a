import { Alert, Divider, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../api/return-types'
import { formatDateTime } from '../../../i18n/format'
import { FactLabel } from '../../orders/common/section-card'
import { formatCivilDate } from '../common/civil-date'
import { countdownWords, DeadlineChip } from '../common/deadline-chip'
import { DeadlineFacts } from '../common/deadline-facts'
import { EngineVerdict } from '../common/engine-verdict'
import { type RunningDeadline, runningDeadline } from '../common/running-deadline'
import { IconBell, IconScale } from '../returns-icons'

const URGENCY_TEXT: Record<RunningDeadline['urgency'], string | undefined> = {
  overdue: 'red.8',
  urgent: 'red.7',
  soon: 'orange.8',
  later: undefined,
}

/**
 * The case's clocks, prominently: the seller's running deadline with a countdown, the sentence
 * that silence accepts an undecided complaint (art. 7a), every other date, the law applied and
 * the engine's decision with its reasons.
 */
export function DeadlinePanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const running = runningDeadline(detail, detail.today)
  const undecidedComplaint = detail.kind === 'complaint' && detail.decision === null
  return (
    <Paper p="md" data-testid="deadline-panel">
      <Stack gap="sm">
        <Text fw={650}>{t('returns.deadlines.title')}</Text>
        {running && (
          <Group gap="sm" wrap="wrap" align="baseline" data-testid="running-deadline">
            <Text fz={24} fw={700} lh={1.1} c={URGENCY_TEXT[running.urgency]}>
              {formatCivilDate(running.date)}
            </Text>
            <Text size="sm" c="dimmed">
              {running.kind === 'respond'
                ? t('returns.deadlines.respondBy')
                : t('returns.deadlines.refundBy')}{' '}
              · {countdownWords(running.daysLeft, t)}
            </Text>
          </Group>
        )}
        {detail.deemedAccepted && <DeadlineChip facts={detail} today={detail.today} />}
        {undecidedComplaint && detail.respondBy && (
          <Alert
            color={detail.deemedAccepted ? 'red' : 'orange'}
            variant="light"
            icon={<IconScale size={16} />}
            data-testid="silence-rule"
          >
            {detail.deemedAccepted
              ? t('returns.deadline.deemedAcceptedHint')
              : t('returns.deadlines.silence', { date: formatCivilDate(detail.respondBy) })}
          </Alert>
        )}
        <DeadlineFacts dates={detail} />
        <Group gap="lg" wrap="wrap">
          {detail.deliveredOn && (
            <Stack gap={0}>
              <FactLabel>{t('returns.deadlines.delivered')}</FactLabel>
              <Text size="sm">{formatCivilDate(detail.deliveredOn)}</Text>
            </Stack>
          )}
          <Stack gap={0}>
            <FactLabel>{t('returns.deadlines.requested')}</FactLabel>
            <Text size="sm">{formatCivilDate(detail.requestedOn)}</Text>
          </Stack>
        </Group>
        {detail.escalatedAt && (
          <Group gap={6} data-testid="case-escalated">
            <IconBell size={14} color="var(--mantine-color-red-6)" />
            <Text size="sm" c="red.7">
              {t('returns.deadlines.escalatedAt', { time: formatDateTime(detail.escalatedAt) })}
            </Text>
          </Group>
        )}
        <Divider />
        <FactLabel>{t('returns.deadlines.engine')}</FactLabel>
        <EngineVerdict evaluation={detail.evaluation} />
      </Stack>
    </Paper>
  )
}
