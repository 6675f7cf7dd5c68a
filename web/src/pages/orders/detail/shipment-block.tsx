import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ShipmentDetail } from '../../../api/order-types'
import { formatDateTime } from '../../../i18n/format'
import { IconExternal, IconTruck } from '../common/order-icons'
import { TrackingStatusBadge } from '../common/order-status-badge'

const FIRST_EVENTS = 4

/** One parcel: carrier, number, state, the carrier's page, and its scans newest first. */
export function ShipmentBlock({ shipment }: { shipment: ShipmentDetail }) {
  const { t } = useTranslation()
  const [all, setAll] = useState(false)
  const events = all ? shipment.events : shipment.events.slice(0, FIRST_EVENTS)
  return (
    <Box
      p="sm"
      data-testid="shipment"
      data-tracking-number={shipment.trackingNumber}
      data-carrier={shipment.carrier ?? ''}
      style={{
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={8} wrap="wrap" miw={0}>
          <IconTruck size={18} color="var(--mantine-color-indigo-6)" />
          <Text fw={600} size="sm" data-testid="shipment-carrier">
            {shipment.carrierLabel ?? t('orderDetail.unknownCarrier')}
          </Text>
          <Text size="sm" className="as-mono" data-testid="shipment-number">
            {shipment.trackingNumber}
          </Text>
          <TrackingStatusBadge status={shipment.status} />
        </Group>
        {shipment.trackingUrl && (
          <Button
            component="a"
            href={shipment.trackingUrl}
            target="_blank"
            rel="noreferrer"
            size="compact-xs"
            variant="subtle"
            rightSection={<IconExternal size={12} />}
            data-testid="carrier-tracking-link"
          >
            {t('orderDetail.openCarrier')}
          </Button>
        )}
      </Group>
      {shipment.expectedDeliveryAt && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('orderDetail.expectedDelivery', { time: formatDateTime(shipment.expectedDeliveryAt) })}
        </Text>
      )}
      <Stack gap={4} mt="xs">
        {shipment.events.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('orderDetail.noEvents')}
          </Text>
        )}
        {events.map((event) => (
          <Group
            key={`${event.occurredAt}-${event.rawCode}`}
            gap="xs"
            wrap="nowrap"
            align="flex-start"
            data-testid="tracking-event"
          >
            <Text size="xs" c="dimmed" w={130} style={{ flexShrink: 0 }}>
              {formatDateTime(event.occurredAt)}
            </Text>
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              <Text span inherit fw={600}>
                {t(`trackingStatus.${event.status}`)}
              </Text>
              {event.rawDescription && ` · ${event.rawDescription}`}
              {event.location && (
                <Text span inherit c="dimmed">
                  {` · ${event.location}`}
                </Text>
              )}
            </Text>
          </Group>
        ))}
        {shipment.events.length > FIRST_EVENTS && (
          <Anchor component="button" type="button" size="xs" onClick={() => setAll((v) => !v)}>
            {all
              ? t('orderDetail.fewerEvents')
              : t('orderDetail.allEvents', { count: shipment.events.length })}
          </Anchor>
        )}
      </Stack>
    </Box>
  )
}
