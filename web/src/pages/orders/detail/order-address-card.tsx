import { Anchor, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../api/order-types'
import { FactLabel, SectionCard } from '../common/section-card'

/** The buyer's contact details and the delivery address. */
export function OrderAddressCard({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const address = order.shippingAddress
  return (
    <SectionCard title={t('orderDetail.customerTitle')} testId="order-buyer-card">
      <Stack gap={2}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {order.buyer.name || t('orders.unknownBuyer')}
        </Text>
        {order.buyer.email && (
          <Anchor
            href={`mailto:${order.buyer.email}`}
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            {order.buyer.email}
          </Anchor>
        )}
        {order.buyer.login && (
          <Text size="sm" c="dimmed">
            {t(`marketplaces.${order.marketplace}`)}: {order.buyer.login}
          </Text>
        )}
      </Stack>
      <Stack gap={2}>
        <FactLabel>{t('orderDetail.addressTitle')}</FactLabel>
        {address ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="order-address">
            {[
              address.name,
              address.company,
              address.street,
              [address.postCode, address.city].filter(Boolean).join(' '),
              address.countryCode,
              address.phone,
            ]
              .filter(Boolean)
              .join('\n')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('orderDetail.noAddress')}
          </Text>
        )}
      </Stack>
    </SectionCard>
  )
}
