import { Badge, Divider, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../api/order-types'
import { SectionCard } from '../common/section-card'
import { AddTrackingForm } from './add-tracking-form'
import { ShipmentBlock } from './shipment-block'

/** The order's parcels, newest first, and the form to add another tracking number. */
export function ShipmentsCard({ order, canEdit }: { order: OrderDetail; canEdit: boolean }) {
  const { t } = useTranslation()
  const shipments = [...order.shipments].reverse()
  return (
    <SectionCard
      title={t('orderDetail.shipmentsTitle')}
      aside={
        shipments.length > 0 ? (
          <Badge variant="light" color="gray" size="sm">
            {shipments.length}
          </Badge>
        ) : null
      }
      testId="order-shipments"
    >
      {shipments.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="order-no-shipments">
          {t('orderDetail.noShipments')}
        </Text>
      )}
      <Stack gap="sm">
        {shipments.map((shipment) => (
          <ShipmentBlock key={shipment.id} shipment={shipment} />
        ))}
      </Stack>
      {canEdit && (
        <>
          <Divider />
          <AddTrackingForm order={order} />
        </>
      )}
    </SectionCard>
  )
}
