import { Group, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrderListItem } from '../../api/order-types'
import { formatRelative } from '../../lib/relative-time'
import { formatMoney } from './common/format-money'
import { OrderAlertBadges } from './common/order-alert-badges'
import { OrderStatusBadge } from './common/order-status-badge'
import { ShipByBadge } from './common/ship-by-badge'
import { ShipmentLine } from './common/shipment-line'
import { buyerLabel } from './order-row'

/** One order on a narrow screen: a tappable card-row like the inbox's conversation rows. */
export function OrderCard({ order, now }: { order: OrderListItem; now: number }) {
  const { t } = useTranslation()
  return (
    <UnstyledButton
      component={Link}
      to={`/orders/${order.id}`}
      className="as-conv-row"
      data-testid="order-row"
      data-order-id={order.id}
      data-number={order.number}
      data-status={order.status}
      data-alerts={order.openAlerts.length}
    >
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Text fw={600} size="sm" truncate data-testid="order-number">
          {order.number}
        </Text>
        <Text size="sm" fw={500} style={{ flexShrink: 0 }} data-testid="order-total">
          {formatMoney(order.totalMinor, order.currency)}
        </Text>
      </Group>
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Text size="sm" truncate data-testid="order-buyer">
          {buyerLabel(order.buyer, t('orders.unknownBuyer'))}
        </Text>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {t(`marketplaces.${order.marketplace}`)} · {formatRelative(order.placedAt, now)}
        </Text>
      </Group>
      <Group gap={4} mt={6} wrap="wrap">
        <OrderStatusBadge status={order.status} />
        <ShipByBadge
          shipBy={order.shipBy}
          status={order.status}
          hasShipment={order.shipment !== null}
          now={now}
        />
        <OrderAlertBadges alerts={order.openAlerts} withoutShipBy />
      </Group>
      {order.shipment && (
        <Group mt={6}>
          <ShipmentLine shipment={order.shipment} />
        </Group>
      )}
    </UnstyledButton>
  )
}
