import { Anchor, Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { OrderListItem } from '../../api/order-types'
import { formatDateTime } from '../../i18n/format'
import { formatRelative } from '../../lib/relative-time'
import { formatMoney } from './common/format-money'
import { OrderAlertBadges } from './common/order-alert-badges'
import { OrderStatusBadge } from './common/order-status-badge'
import { ShipByBadge } from './common/ship-by-badge'
import { ShipmentLine } from './common/shipment-line'

/** Buyer name, then e-mail, then marketplace login. */
export function buyerLabel(buyer: OrderListItem['buyer'], fallback: string): string {
  return buyer.name || buyer.email || buyer.login || fallback
}

/** One order in the wide table; the whole row opens the order. */
export function OrderRow({ order, now }: { order: OrderListItem; now: number }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  // Allegro calls its orders by a 36-character id: smaller and monospaced it stays on two lines.
  const long = order.number.length > 16
  return (
    <Table.Tr
      onClick={() => navigate(`/orders/${order.id}`)}
      style={{ cursor: 'pointer' }}
      data-testid="order-row"
      data-order-id={order.id}
      data-number={order.number}
      data-status={order.status}
      data-alerts={order.openAlerts.length}
    >
      <Table.Td maw={200}>
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={`/orders/${order.id}`}
            fw={600}
            size={long ? 'xs' : 'sm'}
            ff={long ? 'monospace' : undefined}
            style={{ wordBreak: 'break-all' }}
            data-testid="order-number"
            onClick={(e) => e.stopPropagation()}
          >
            {order.number}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t(`marketplaces.${order.marketplace}`)} ·{' '}
            {t('orders.items', { count: order.itemsCount })}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td maw={240}>
        <Text size="sm" truncate data-testid="order-buyer">
          {buyerLabel(order.buyer, t('orders.unknownBuyer'))}
        </Text>
        {order.buyer.email && order.buyer.name && (
          <Text size="xs" c="dimmed" truncate>
            {order.buyer.email}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="wrap">
          <OrderStatusBadge status={order.status} />
          <ShipByBadge
            shipBy={order.shipBy}
            status={order.status}
            hasShipment={order.shipment !== null}
            now={now}
          />
          <OrderAlertBadges alerts={order.openAlerts} withoutShipBy />
        </Group>
      </Table.Td>
      <Table.Td>
        <ShipmentLine shipment={order.shipment} />
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" fw={500} data-testid="order-total">
          {formatMoney(order.totalMinor, order.currency)}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c="dimmed" title={formatDateTime(order.placedAt)}>
          {formatRelative(order.placedAt, now)}
        </Text>
      </Table.Td>
    </Table.Tr>
  )
}
