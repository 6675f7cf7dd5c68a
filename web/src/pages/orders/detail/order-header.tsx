import { Button, Group, Paper, Stack, Text, Title, useMatches } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrderDetail } from '../../../api/order-types'
import { formatDateTime } from '../../../i18n/format'
import { formatMoney } from '../common/format-money'
import { OrderAlertBadges } from '../common/order-alert-badges'
import { IconExternal } from '../common/order-icons'
import { OrderStatusBadge } from '../common/order-status-badge'
import { ShipByBadge } from '../common/ship-by-badge'
import { buyerLabel } from '../order-row'

/** Number, status, deadlines and amounts of the order, with links out. */
export function OrderHeader({ order, now }: { order: OrderDetail; now: number }) {
  const { t } = useTranslation()
  // Beside the title on wide screens the amount hugs the right edge; wrapped below, the left.
  const amountAlign = useMatches({ base: 'flex-start', sm: 'flex-end' })
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} data-testid="order-header">
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={6} miw={0}>
          <Group gap="sm" wrap="wrap">
            <Title order={1} size="h2" data-testid="order-title">
              {order.number}
            </Title>
            <OrderStatusBadge status={order.status} size="lg" />
          </Group>
          <Text size="sm" c="dimmed">
            {t(`marketplaces.${order.marketplace}`)} ·{' '}
            {t('orderDetail.placedAt', { time: formatDateTime(order.placedAt) })}
            {order.invoiceNumber &&
              ` · ${t('orderDetail.invoice', { number: order.invoiceNumber })}`}
          </Text>
          <Group gap={6} wrap="wrap">
            <ShipByBadge
              shipBy={order.shipBy}
              status={order.status}
              hasShipment={order.shipments.length > 0}
              now={now}
            />
            <OrderAlertBadges alerts={order.openAlerts} withoutShipBy />
          </Group>
        </Stack>
        <Stack gap={6} align={amountAlign}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
            {t('orderDetail.total')}
          </Text>
          <Text fz={26} fw={700} lh={1} data-testid="order-total">
            {formatMoney(order.totalMinor, order.currency)}
          </Text>
          {order.shippingMinor !== undefined && order.shippingMinor > 0 && (
            <Text size="xs" c="dimmed">
              {t('orderDetail.shippingCost', {
                amount: formatMoney(order.shippingMinor, order.currency),
              })}
            </Text>
          )}
        </Stack>
      </Group>
      <Group gap="xs" mt="md" wrap="wrap">
        {order.trackingUrl && (
          <Button
            component="a"
            href={order.trackingUrl}
            target="_blank"
            rel="noreferrer"
            size="xs"
            variant="light"
            rightSection={<IconExternal size={14} />}
            data-testid="order-tracking-page"
          >
            {t('orderDetail.trackingPage')}
          </Button>
        )}
        {order.customerId && (
          <Button
            component={Link}
            to={`/customers/${order.customerId}`}
            size="xs"
            variant="default"
            data-testid="order-customer-link"
          >
            {t('orderDetail.openCustomer')}: {buyerLabel(order.buyer, t('orders.unknownBuyer'))}
          </Button>
        )}
        {!order.customerId && (
          <Text size="sm" c="dimmed">
            {buyerLabel(order.buyer, t('orders.unknownBuyer'))}
          </Text>
        )}
      </Group>
    </Paper>
  )
}
