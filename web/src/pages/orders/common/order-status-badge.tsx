import { Badge, type BadgeProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderStatus, TrackingStatus } from '../../../api/order-types'
import { ORDER_STATUS_COLORS, TRACKING_STATUS_COLORS } from './order-colors'

/** The order's status as a light badge (`order-status`, `data-status`). */
export function OrderStatusBadge({
  status,
  size = 'sm',
}: {
  status: OrderStatus
  size?: BadgeProps['size']
}) {
  const { t } = useTranslation()
  return (
    <Badge
      size={size}
      variant="light"
      color={ORDER_STATUS_COLORS[status]}
      data-testid="order-status"
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {t(`orderStatus.${status}`)}
    </Badge>
  )
}

/** A parcel's normalised state (`tracking-status`, `data-status`; "none" before the first scan). */
export function TrackingStatusBadge({ status }: { status: TrackingStatus | null }) {
  const { t } = useTranslation()
  return (
    <Badge
      size="sm"
      variant="dot"
      color={status ? TRACKING_STATUS_COLORS[status] : 'gray'}
      tt="none"
      data-testid="tracking-status"
      data-status={status ?? 'none'}
      style={{ flexShrink: 0 }}
    >
      {t(`trackingStatus.${status ?? 'none'}`)}
    </Badge>
  )
}
