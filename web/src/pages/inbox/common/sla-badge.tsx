import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConversationSla, SlaState } from '../../../api/inbox-types'
import { IconClock } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { formatDuration } from '../../../lib/relative-time'

const COLORS: Record<SlaState, string> = {
  none: 'gray',
  ok: 'gray',
  at_risk: 'orange',
  breached: 'red',
}

/** The server's SLA state, moved forward locally when `atRiskAt` or `dueAt` passes between refreshes. */
export function effectiveSlaState(sla: ConversationSla, now: number): SlaState {
  if (sla.state === 'none' || !sla.dueAt) return sla.state
  if (sla.state === 'breached' || new Date(sla.dueAt).getTime() <= now) return 'breached'
  if (sla.state === 'at_risk' || (sla.atRiskAt && new Date(sla.atRiskAt).getTime() <= now))
    return 'at_risk'
  return sla.state
}

/** Time left to the SLA due time ("2 h 05 min"), orange when at risk, red "breached" when over. */
export function SlaBadge({ sla, now }: { sla: ConversationSla; now: number }) {
  const { t } = useTranslation()
  const state = effectiveSlaState(sla, now)
  if (state === 'none' || !sla.dueAt) return null
  const left = new Date(sla.dueAt).getTime() - now
  const label = state === 'breached' ? t('sla.breached') : formatDuration(left)
  return (
    <Tooltip label={t('sla.dueAt', { time: formatDateTime(sla.dueAt) })} withArrow openDelay={300}>
      <Badge
        size="sm"
        variant={state === 'ok' ? 'light' : 'filled'}
        color={COLORS[state]}
        leftSection={<IconClock size={12} />}
        tt="none"
        data-testid="sla-badge"
        data-state={state}
        style={{ flexShrink: 0 }}
      >
        {label}
      </Badge>
    </Tooltip>
  )
}
