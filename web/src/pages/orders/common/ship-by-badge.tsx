import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderStatus } from '../../../api/order-types'
import { IconClock } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { formatDuration } from '../../../lib/relative-time'
import { UNSHIPPED } from './order-colors'

/** Under this much time left the countdown turns orange (the server's default warning is 12 h). */
const WARNING_MS = 24 * 3_600_000

interface ShipByBadgeProps {
  shipBy: string | null
  status: OrderStatus
  hasShipment: boolean
  now: number
}

/**
 * Time left to the ship-by deadline of an order that has not shipped; red once missed. Late
 * dispatch counts against the seller (Allegro's declared "czas wysyłki", Amazon's Late Shipment Rate).
 */
export function ShipByBadge({ shipBy, status, hasShipment, now }: ShipByBadgeProps) {
  const { t } = useTranslation()
  if (!shipBy || hasShipment || !UNSHIPPED.includes(status)) return null
  const left = new Date(shipBy).getTime() - now
  const state = left < 0 ? 'missed' : left < WARNING_MS ? 'at_risk' : 'ok'
  return (
    <Tooltip label={t('shipBy.title', { time: formatDateTime(shipBy) })} withArrow openDelay={300}>
      <Badge
        size="sm"
        variant={state === 'ok' ? 'light' : 'filled'}
        color={state === 'ok' ? 'gray' : state === 'at_risk' ? 'orange' : 'red'}
        leftSection={<IconClock size={12} />}
        tt="none"
        data-testid="ship-by"
        data-state={state}
        style={{ flexShrink: 0 }}
      >
        {state === 'missed'
          ? t('shipBy.overdue', { time: formatDuration(-left) })
          : t('shipBy.left', { time: formatDuration(left) })}
      </Badge>
    </Tooltip>
  )
}
