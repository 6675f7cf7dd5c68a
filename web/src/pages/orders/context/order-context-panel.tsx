import { Divider, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContextCustomer } from '../../../api/order-types'
import { useOrderContext } from '../../../api/orders'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { useNow } from '../../../lib/use-now'
import { FactLabel } from '../common/section-card'
import { ContextCustomerCard } from './context-customer-card'
import { LinkedOrderCard } from './linked-order-card'
import { RecentOrderRow } from './recent-order-row'

/** The CRM customer when the answer has one with an id (anything else shows no card). */
function crmCustomer(value: unknown): ContextCustomer | null {
  const candidate = value as Partial<ContextCustomer> | null
  return candidate && typeof candidate.id === 'string' ? (candidate as ContextCustomer) : null
}

function Section({
  title,
  children,
  testId,
}: {
  title: string
  children: ReactNode
  testId: string
}) {
  return (
    <Stack gap={6} data-testid={testId}>
      <FactLabel>{title}</FactLabel>
      {children}
    </Stack>
  )
}

/**
 * The order side of a conversation's customer panel: the CRM card, the order the conversation
 * is about (items, parcel, ship-by countdown) and the customer's other recent orders.
 */
export function OrderContextPanel({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation()
  const context = useOrderContext(conversationId)
  const now = useNow()
  if (context.isPending) return <SectionLoader />
  if (!context.data) return <ErrorAlert error={context.error} />
  const { linkedOrderId, orders } = context.data
  const customer = crmCustomer(context.data.customer)
  const linked = orders.find((o) => o.id === linkedOrderId)
  const others = orders.filter((o) => o.id !== linkedOrderId)

  return (
    <Stack gap="md" data-testid="order-context" data-linked-order-id={linkedOrderId ?? ''}>
      {customer && (
        <>
          <Section title={t('orderPanel.customerTitle')} testId="context-customer">
            <ContextCustomerCard customer={customer} />
          </Section>
          <Divider />
        </>
      )}
      <Section title={t('orderPanel.linkedOrder')} testId="context-linked-order">
        {linked ? (
          <LinkedOrderCard order={linked} now={now} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('orderPanel.noLinked')}
          </Text>
        )}
      </Section>
      <Divider />
      <Section title={t('orderPanel.otherOrders')} testId="customer-orders">
        {others.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('orderPanel.noOrders')}
          </Text>
        )}
        {others.map((order) => (
          <RecentOrderRow key={order.id} order={order} now={now} />
        ))}
      </Section>
    </Stack>
  )
}
