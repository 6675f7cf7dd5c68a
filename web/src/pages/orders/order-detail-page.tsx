import { Anchor, Grid, Group, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useOrder } from '../../api/orders'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { IconArrowLeft } from '../../components/inbox-icons'
import { useNow } from '../../lib/use-now'
import { EvidencePdfButton } from './detail/evidence-pdf-button'
import { OrderAddressCard } from './detail/order-address-card'
import { OrderAlertsCard } from './detail/order-alerts-card'
import { OrderConversationsCard } from './detail/order-conversations-card'
import { OrderHeader } from './detail/order-header'
import { OrderItemsCard } from './detail/order-items-card'
import { OrderNotificationsCard } from './detail/order-notifications-card'
import { OrderPackingCard } from './detail/order-packing-card'
import { OrderReturnsCard } from './detail/order-returns-card'
import { OrderTimelineCard } from './detail/order-timeline-card'
import { ShipmentsCard } from './detail/shipments-card'

/** `/orders/:orderId`: header, items, parcels (add a tracking number), history and side facts. */
export function OrderDetailPage() {
  const { t } = useTranslation()
  const { orderId = '' } = useParams()
  const order = useOrder(orderId)
  const now = useNow()
  const detail = order.data

  return (
    <Stack gap="md" maw={1280} data-testid="order-detail" data-order-id={orderId}>
      <Group justify="space-between">
        <Anchor component={Link} to="/orders" size="sm" data-testid="order-back">
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={16} />
            {t('orderDetail.back')}
          </Group>
        </Anchor>
        {detail && <EvidencePdfButton orderId={orderId} />}
      </Group>
      {order.isPending && <SectionLoader />}
      {order.isError && <ErrorAlert error={order.error} />}
      {detail && (
        <>
          <OrderHeader order={detail} now={now} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <OrderItemsCard order={detail} />
                <ShipmentsCard order={detail} canEdit />
                <OrderTimelineCard timeline={detail.timeline} />
                <OrderPackingCard orderId={orderId} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <OrderAlertsCard order={detail} canEdit />
                <OrderReturnsCard orderId={orderId} />
                <OrderAddressCard order={detail} />
                <OrderConversationsCard order={detail} />
                <OrderNotificationsCard order={detail} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  )
}
