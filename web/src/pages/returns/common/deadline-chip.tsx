import { Badge, type BadgeProps, Tooltip } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { IconClock } from '../../../components/inbox-icons'
import { IconScale } from '../returns-icons'
import { URGENCY_COLORS } from './case-colors'
import { formatCivilDate } from './civil-date'
import {
  type DeadlineFacts,
  isDeemedAccepted,
  type RunningDeadline,
  runningDeadline,
} from './running-deadline'

/** "today", "tomorrow", "in 3 days", "2 days late". */
export function countdownWords(daysLeft: number, t: TFunction): string {
  if (daysLeft < 0) return t('returns.deadline.lateDays', { count: -daysLeft })
  if (daysLeft === 0) return t('returns.deadline.today')
  if (daysLeft === 1) return t('returns.deadline.tomorrow')
  return t('returns.deadline.inDays', { count: daysLeft })
}

/** "Respond by 12 Nov 2026" or "Refund by …". */
export function deadlineLabel(deadline: RunningDeadline, t: TFunction): string {
  const date = formatCivilDate(deadline.date)
  return deadline.kind === 'respond'
    ? t('returns.deadline.respond', { date })
    : t('returns.deadline.refund', { date })
}

interface DeadlineChipProps {
  facts: DeadlineFacts
  today: string
  size?: BadgeProps['size']
}

/**
 * The seller's running deadline as a countdown chip (`case-deadline`, `data-kind`, `data-urgency`,
 * `data-date`), or the "deemed accepted" badge once an unanswered complaint's 14 days are over (art. 7a).
 */
export function DeadlineChip({ facts, today, size = 'sm' }: DeadlineChipProps) {
  const { t } = useTranslation()
  if (isDeemedAccepted(facts, today))
    return (
      <Tooltip label={t('returns.deadline.deemedAcceptedHint')} multiline w={280} withArrow>
        <Badge
          size={size}
          variant="filled"
          color="red"
          tt="none"
          leftSection={<IconScale size={12} />}
          data-testid="case-deemed-accepted"
          style={{ flexShrink: 0 }}
        >
          {t('returns.deadline.deemedAccepted')}
        </Badge>
      </Tooltip>
    )
  const deadline = runningDeadline(facts, today)
  if (!deadline) return null
  const hint =
    deadline.kind === 'respond'
      ? t('returns.deadline.respondHint', { date: formatCivilDate(deadline.date) })
      : t('returns.deadline.refundHint')
  return (
    <Tooltip label={hint} multiline w={280} withArrow openDelay={200}>
      <Badge
        size={size}
        variant={deadline.urgency === 'later' ? 'light' : 'filled'}
        color={URGENCY_COLORS[deadline.urgency]}
        tt="none"
        leftSection={<IconClock size={12} />}
        data-testid="case-deadline"
        data-kind={deadline.kind}
        data-urgency={deadline.urgency}
        data-date={deadline.date}
        style={{ flexShrink: 0 }}
      >
        {deadlineLabel(deadline, t)} · {countdownWords(deadline.daysLeft, t)}
      </Badge>
    </Tooltip>
  )
}
