import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ContextCustomer } from '../../../api/order-types'
import { SegmentBadges } from '../../customers/common/segment-badges'
import { formatMoney } from '../common/format-money'

/** Segments, lifetime value and order count of the conversation's customer, with a profile link. */
export function ContextCustomerCard({ customer }: { customer: ContextCustomer }) {
  const { t } = useTranslation()
  return (
    <Stack gap={6}>
      <SegmentBadges segments={customer.segments ?? []} size="xs" />
      {customer.ordersCount !== undefined && (
        <SimpleGrid cols={2} spacing="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t('orderPanel.lifetimeValue')}
            </Text>
            <Text size="sm" fw={600} data-testid="context-customer-ltv">
              {formatMoney(customer.lifetimeValueMinor ?? 0, customer.currency)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('orderPanel.ordersCount')}
            </Text>
            <Text size="sm" fw={600} data-testid="context-customer-orders">
              {customer.ordersCount}
            </Text>
          </div>
        </SimpleGrid>
      )}
      <Group>
        <Anchor
          component={Link}
          to={`/customers/${customer.id}`}
          size="sm"
          data-testid="context-customer-profile"
        >
          {t('orderPanel.profile')} →
        </Anchor>
      </Group>
    </Stack>
  )
}
