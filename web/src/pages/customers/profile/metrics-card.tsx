import { SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerProfile, CustomerTimelineItem } from '../../../api/customer-types'
import { formatDate } from '../../../i18n/format'
import { formatMoney } from '../../orders/common/format-money'
import { FactLabel, SectionCard } from '../../orders/common/section-card'
import { monthlyTotals, Sparkline } from '../common/sparkline'

function Metric({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) {
  return (
    <Stack gap={2}>
      <FactLabel>{label}</FactLabel>
      <Text fw={650} size="lg" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  )
}

interface MetricsCardProps {
  customer: CustomerProfile
  timeline: CustomerTimelineItem[] | undefined
}

/** Lifetime value, order count, first/last order, complaints and a 12-month order sparkline. */
export function MetricsCard({ customer, timeline }: MetricsCardProps) {
  const { t } = useTranslation()
  const m = customer.metrics
  const orders = (timeline ?? [])
    .filter((item) => item.kind === 'order')
    .map((item) => ({ at: item.at, amount: item.amountMinor ?? 0 }))
  const series = monthlyTotals(orders, new Date())
  return (
    <SectionCard title={t('customerProfile.metricsTitle')} testId="customer-metrics">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Metric label={t('customerProfile.ltv')} testId="customer-ltv">
          {m.ordersCount > 0 ? formatMoney(m.lifetimeValueMinor, m.currency) : '—'}
        </Metric>
        <Metric label={t('customerProfile.ordersCount')} testId="customer-orders-count">
          {m.ordersCount}
        </Metric>
        <Metric label={t('customerProfile.firstOrder')}>{formatDate(m.firstOrderAt) || '—'}</Metric>
        <Metric label={t('customerProfile.lastOrder')}>{formatDate(m.lastOrderAt) || '—'}</Metric>
      </SimpleGrid>
      {(m.openComplaints > 0 || m.negativeReviews > 0) && (
        <Text size="sm" c="orange.8">
          {t('customerProfile.openComplaints')}: {m.openComplaints} ·{' '}
          {t('customerProfile.negativeReviews')}: {m.negativeReviews}
        </Text>
      )}
      {orders.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('customerProfile.sparkline')}
          </Text>
          <Sparkline values={series} label={t('customerProfile.sparkline')} />
        </Stack>
      )}
    </SectionCard>
  )
}
