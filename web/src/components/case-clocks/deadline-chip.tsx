import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseKind } from '../../api/return-clocks'
import { formatDuration } from '../../lib/relative-time'
import { IconClock } from '../inbox-icons'
import { deadlineEndsAt } from './deadline-time'
import { formatDay } from './format-day'
import { clockUrgency, type RunningClock, URGENCY_COLORS } from './running-clock'
import type { WorkspaceClock } from './use-workspace-clock'

interface DeadlineChipProps {
  clock: RunningClock
  at: WorkspaceClock
  /** In lists: the case kind replaces the deadline's name ("Complaint: 2 d 4 h"). */
  caseKind?: CaseKind
  size?: 'xs' | 'sm'
  testId?: string
}

/**
 * Countdown to the end of a deadline's last day in the workspace's zone; red when past or at most
 * a day left, orange within 3 days, grey later, and "deemed accepted" once art. 7a applies.
 */
export function DeadlineChip({
  clock,
  at,
  caseKind,
  size = 'sm',
  testId = 'deadline-chip',
}: DeadlineChipProps) {
  const { t } = useTranslation()
  const urgency = clockUrgency(clock, at.today)
  const left = deadlineEndsAt(clock.date, at.timeZone) - at.now
  const time = formatDuration(Math.abs(left))
  const overdue = clock.kind !== 'deemed_accepted' && left <= 0
  let label: string
  if (clock.kind === 'deemed_accepted') label = t('returnClocks.chip.deemedAccepted')
  else if (caseKind)
    label = overdue
      ? t('returnClocks.chip.listOverdue', { kind: t(`returnClocks.kind.${caseKind}`) })
      : t('returnClocks.chip.listLeft', { kind: t(`returnClocks.kind.${caseKind}`), time })
  else if (clock.kind === 'answer')
    label = t(overdue ? 'returnClocks.chip.answerOverdue' : 'returnClocks.chip.answer', { time })
  else label = t(overdue ? 'returnClocks.chip.refundOverdue' : 'returnClocks.chip.refund', { time })
  const tooltipKey =
    clock.kind === 'deemed_accepted'
      ? 'returnClocks.tooltip.deemedAccepted'
      : clock.kind === 'answer'
        ? 'returnClocks.tooltip.answer'
        : 'returnClocks.tooltip.refund'
  return (
    <Tooltip
      label={t(tooltipKey, { date: formatDay(clock.date) })}
      withArrow
      multiline
      w={280}
      openDelay={300}
    >
      <Badge
        size={size}
        variant={urgency === 'later' ? 'light' : 'filled'}
        color={URGENCY_COLORS[urgency]}
        leftSection={<IconClock size={size === 'xs' ? 10 : 12} />}
        tt="none"
        data-testid={testId}
        data-kind={clock.kind}
        data-urgency={urgency}
        data-date={clock.date}
        style={{ flexShrink: 0 }}
      >
        {label}
      </Badge>
    </Tooltip>
  )
}
