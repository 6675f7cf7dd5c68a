import { Anchor, Group, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { OrderListItem } from '../../../api/order-types'
import { formatDate } from '../../../i18n/format'
import { formatMoney } from '../common/format-money'
import { OrderStatusBadge } from '../common/order-status-badge'
import { ShipByBadge } from '../common/ship-by-badge'

/** One of the customer's other orders in the panel: number, status, amount, date. */
export function RecentOrderRow({ order, now }: { order: OrderListItem; now: number }) {
  return (
    <Anchor
      component={Link}
      to={`/orders/${order.id}`}
      size="sm"
      underline="never"
      data-testid="customer-order"
      data-order-id={order.id}
    >
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text span size="sm" fw={600} truncate>
          {order.number}
        </Text>
        <OrderStatusBadge status={order.status} size="xs" />
      </Group>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text size="xs" c="dimmed">
          {formatDate(order.placedAt)}
        </Text>
        <Text size="xs" c="dark">
          {formatMoney(order.totalMinor, order.currency)}
        </Text>
      </Group>
      <ShipByBadge
        shipBy={order.shipBy}
        status={order.status}
        hasShipment={order.shipment !== null}
        now={now}
      />
    </Anchor>
  )
}
