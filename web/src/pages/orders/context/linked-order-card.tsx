import { Anchor, Box, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrderListItem } from '../../../api/order-types'
import { useOrder } from '../../../api/orders'
import { formatDate } from '../../../i18n/format'
import { withContentKeys } from '../common/content-keys'
import { formatMoney } from '../common/format-money'
import { OrderAlertBadges } from '../common/order-alert-badges'
import { IconExternal } from '../common/order-icons'
import { OrderStatusBadge } from '../common/order-status-badge'
import { ShipByBadge } from '../common/ship-by-badge'
import { ShipmentLine } from '../common/shipment-line'

/** The order the conversation is about: status, lines, parcel and how long is left to ship. */
export function LinkedOrderCard({ order, now }: { order: OrderListItem; now: number }) {
  const { t } = useTranslation()
  const detail = useOrder(order.id)
  return (
    <Box
      p="xs"
      data-testid="linked-order"
      data-order-id={order.id}
      data-number={order.number}
      style={{
        background: 'var(--mantine-color-white)',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Anchor
            component={Link}
            to={`/orders/${order.id}`}
            fw={650}
            size="sm"
            truncate
            data-testid="linked-order-number"
          >
            {order.number}
          </Anchor>
          <OrderStatusBadge status={order.status} size="xs" />
        </Group>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Text size="xs" c="dimmed">
            {t(`marketplaces.${order.marketplace}`)} · {formatDate(order.placedAt)}
          </Text>
          <Text size="sm" fw={600}>
            {formatMoney(order.totalMinor, order.currency)}
          </Text>
        </Group>
        <Group gap={4} wrap="wrap">
          <ShipByBadge
            shipBy={order.shipBy}
            status={order.status}
            hasShipment={order.shipment !== null}
            now={now}
          />
          <OrderAlertBadges alerts={order.openAlerts} withoutShipBy />
        </Group>
        {detail.data && (
          <Stack gap={2} data-testid="linked-order-items">
            {withContentKeys(
              detail.data.items,
              (i) => `${i.sku ?? ''}|${i.name}|${i.quantity}|${i.unitPriceMinor}`,
            ).map(({ key, item }) => (
              <Text key={key} size="xs" lineClamp={2}>
                {item.quantity} × {item.name}
              </Text>
            ))}
          </Stack>
        )}
        <ShipmentLine shipment={order.shipment} />
        {order.trackingUrl && (
          <Anchor
            href={order.trackingUrl}
            target="_blank"
            rel="noreferrer"
            size="xs"
            data-testid="linked-order-tracking-page"
          >
            <Group gap={4} wrap="nowrap">
              {t('orderDetail.trackingPage')}
              <IconExternal size={12} />
            </Group>
          </Anchor>
        )}
      </Stack>
    </Box>
  )
}
