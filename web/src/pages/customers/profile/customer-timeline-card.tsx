import { Anchor, Badge, Group, Text, Timeline } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CustomerTimelineItem } from '../../../api/customer-types'
import { ORDER_STATUSES, type OrderStatus } from '../../../api/order-types'
import { SectionLoader } from '../../../components/full-page-loader'
import { IconChat } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { STATUS_COLORS } from '../../inbox/conversation/conversation-header'
import { formatMoney } from '../../orders/common/format-money'
import { ORDER_STATUS_COLORS } from '../../orders/common/order-colors'
import { IconPackage } from '../../orders/common/order-icons'
import { SectionCard } from '../../orders/common/section-card'

const isOrderStatus = (s: string): s is OrderStatus =>
  (ORDER_STATUSES as readonly string[]).includes(s)

function link(item: CustomerTimelineItem): string | null {
  if (item.kind === 'order') return `/orders/${item.id}`
  if (item.kind === 'conversation') return `/inbox/${item.id}`
  return null
}

function StatusBadge({ item }: { item: CustomerTimelineItem }) {
  const { t } = useTranslation()
  if (item.kind === 'order' && isOrderStatus(item.status))
    return (
      <Badge size="xs" variant="light" color={ORDER_STATUS_COLORS[item.status]}>
        {t(`orderStatus.${item.status}`)}
      </Badge>
    )
  if (item.kind === 'conversation' && item.status in STATUS_COLORS) {
    const status = item.status as keyof typeof STATUS_COLORS
    return (
      <Badge size="xs" variant="light" color={STATUS_COLORS[status]}>
        {t(`status.${status}`)}
      </Badge>
    )
  }
  return (
    <Badge size="xs" variant="light" color="gray">
      {item.status}
    </Badge>
  )
}

/** The customer's orders and conversations on one vertical line, newest first. */
export function CustomerTimelineCard({ items }: { items: CustomerTimelineItem[] | undefined }) {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('customerProfile.timelineTitle')} testId="customer-timeline">
      {!items && <SectionLoader />}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customerProfile.noTimeline')}
        </Text>
      )}
      {items && items.length > 0 && (
        <Timeline bulletSize={24} lineWidth={2} active={items.length}>
          {items.map((item) => {
            const to = link(item)
            const color = item.kind === 'order' ? 'indigo' : 'blue'
            return (
              <Timeline.Item
                key={`${item.kind}-${item.id}`}
                color={color}
                bullet={item.kind === 'order' ? <IconPackage size={13} /> : <IconChat size={13} />}
                data-testid="customer-timeline-entry"
                data-kind={item.kind}
                data-entry-id={item.id}
                title={
                  <Group gap={6} wrap="wrap">
                    {to ? (
                      <Anchor component={Link} to={to} size="sm" fw={600}>
                        {item.title}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={600}>
                        {item.title}
                      </Text>
                    )}
                    <StatusBadge item={item} />
                    {item.amountMinor !== undefined && (
                      <Text size="sm" c="dimmed">
                        {formatMoney(item.amountMinor, item.currency)}
                      </Text>
                    )}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {t(`customerProfile.timelineKinds.${item.kind}`)} · {formatDateTime(item.at)}
                </Text>
              </Timeline.Item>
            )
          })}
        </Timeline>
      )}
    </SectionCard>
  )
}
