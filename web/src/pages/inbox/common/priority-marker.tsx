import { Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Priority } from '../../../api/inbox-types'
import { IconFlag } from '../../../components/inbox-icons'

export const PRIORITY_COLORS: Record<Priority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
}

/** A coloured flag for high/urgent (and a grey one for low) priority; nothing for normal. */
export function PriorityMarker({ priority }: { priority: Priority }) {
  const { t } = useTranslation()
  if (priority === 'normal') return null
  const label = t('priority.label', { priority: t(`priority.${priority}`) })
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <span
        role="img"
        aria-label={label}
        data-testid="priority-marker"
        data-priority={priority}
        style={{
          display: 'inline-flex',
          color: `var(--mantine-color-${PRIORITY_COLORS[priority]}-6)`,
          flexShrink: 0,
        }}
      >
        <IconFlag size={15} fill={priority === 'urgent' ? 'currentColor' : 'none'} />
      </span>
    </Tooltip>
  )
}
