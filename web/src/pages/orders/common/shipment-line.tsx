import { Anchor, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ShipmentSummary } from '../../../api/order-types'
import { IconTruck } from './order-icons'
import { TrackingStatusBadge } from './order-status-badge'

/** Carrier, tracking number (a link to the carrier's page) and the parcel's state. */
export function ShipmentLine({ shipment }: { shipment: ShipmentSummary | null }) {
  const { t } = useTranslation()
  if (!shipment)
    return (
      <Text size="sm" c="dimmed">
        {t('orders.noShipment')}
      </Text>
    )
  return (
    <Group gap={6} wrap="wrap" data-testid="shipment-line" style={{ rowGap: 2 }}>
      <IconTruck size={15} color="var(--mantine-color-dimmed)" />
      <Text size="sm" fw={500}>
        {shipment.carrierLabel ?? t('orderDetail.unknownCarrier')}
      </Text>
      {shipment.trackingUrl ? (
        <Anchor
          href={shipment.trackingUrl}
          target="_blank"
          rel="noreferrer"
          size="xs"
          className="as-mono"
          data-testid="carrier-tracking-link"
          onClick={(e) => e.stopPropagation()}
        >
          {shipment.trackingNumber}
        </Anchor>
      ) : (
        <Text size="xs" className="as-mono">
          {shipment.trackingNumber}
        </Text>
      )}
      <TrackingStatusBadge status={shipment.status} />
    </Group>
  )
}
