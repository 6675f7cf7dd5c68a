import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CARRIER_CODES, type CarrierCode, type OrderDetail } from '../../../api/order-types'
import { useAddShipment } from '../../../api/orders'
import { showSuccess } from '../../../lib/notify'

/** Carrier names as the carriers spell them (same in every interface language). */
export const CARRIER_LABELS: Record<CarrierCode, string> = {
  inpost: 'InPost',
  dpd: 'DPD',
  dhl: 'DHL',
  gls: 'GLS',
  ups: 'UPS',
  poczta_polska: 'Poczta Polska',
  orlen_paczka: 'ORLEN Paczka',
}

/** The server stores numbers without spaces or dashes, upper-case; so do we when looking it up. */
const normalized = (number: string) => number.replace(/[\s-]+/g, '').toUpperCase()

/**
 * Agents type the waybill number; the server recognises the carrier from its format (check
 * digits, prefixes) unless one is picked, then shows which carrier it chose.
 */
export function AddTrackingForm({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const add = useAddShipment(order.id)
  const [number, setNumber] = useState('')
  const [carrier, setCarrier] = useState<CarrierCode | ''>('')
  const [added, setAdded] = useState<string | null>(null)
  const result = added ? order.shipments.find((s) => s.trackingNumber === added) : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trackingNumber = number.trim()
    if (!trackingNumber) return
    add.mutate(
      { trackingNumber, ...(carrier ? { carrier } : {}) },
      {
        onSuccess: (response) => {
          setAdded(normalized(trackingNumber))
          setNumber('')
          setCarrier('')
          if (!response.created) showSuccess(t('orderDetail.alreadyAdded'))
        },
      },
    )
  }

  return (
    <form onSubmit={submit} data-testid="add-tracking-form">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('orderDetail.addTracking')}
        </Text>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            label={t('orderDetail.trackingNumber')}
            placeholder={t('orderDetail.trackingPlaceholder')}
            style={{ flex: '1 1 240px' }}
            data-testid="tracking-number-input"
          />
          <NativeSelect
            value={carrier}
            onChange={(e) => setCarrier(e.currentTarget.value as CarrierCode | '')}
            label={t('orderDetail.carrier')}
            data={[
              { value: '', label: t('orderDetail.carrierAuto') },
              ...CARRIER_CODES.map((code) => ({ value: code, label: CARRIER_LABELS[code] })),
            ]}
            w={{ base: '100%', xs: 230 }}
            data-testid="tracking-carrier"
          />
          <Button
            type="submit"
            loading={add.isPending}
            disabled={number.trim().length < 4}
            data-testid="tracking-submit"
          >
            {t('orderDetail.addTrackingSubmit')}
          </Button>
        </Group>
        {result && (
          <Alert
            variant="light"
            color={result.carrier ? 'teal' : 'orange'}
            p="xs"
            data-testid="tracking-recognized"
            data-carrier={result.carrier ?? ''}
          >
            <Text size="sm">
              {result.carrier
                ? t('orderDetail.recognized', {
                    carrier: result.carrierLabel ?? CARRIER_LABELS[result.carrier],
                    number: result.trackingNumber,
                  })
                : t('orderDetail.notRecognized', { number: result.trackingNumber })}
            </Text>
          </Alert>
        )}
      </Stack>
    </form>
  )
}
