import { Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../api/order-types'
import { formatDateTime } from '../../../i18n/format'
import { withContentKeys } from '../common/content-keys'
import { SectionCard } from '../common/section-card'

const STATUS_COLORS: Record<string, string> = {
  sent: 'green',
  scheduled: 'blue',
  pending: 'blue',
  sending: 'blue',
  failed: 'red',
  skipped: 'gray',
  cancelled: 'gray',
}

/** Order-status messages to the buyer: kind, channel, when sent or scheduled, errors. */
export function OrderNotificationsCard({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('orderDetail.notificationsTitle')} testId="order-notifications">
      {order.notifications.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('orderDetail.noNotifications')}
        </Text>
      )}
      <Stack gap="xs">
        {withContentKeys(order.notifications, (x) => `${x.kind}|${x.channel}`).map(
          ({ key, item: n }) => (
            <Stack
              key={key}
              gap={2}
              data-testid="order-notification"
              data-kind={n.kind}
              data-status={n.status}
            >
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {t(`notificationKinds.${n.kind}`)}
                </Text>
                <Badge size="xs" variant="outline" color="gray">
                  {t(`notificationChannels.${n.channel}`)}
                </Badge>
                <Badge size="xs" variant="light" color={STATUS_COLORS[n.status] ?? 'gray'}>
                  {t(`notificationStatus.${n.status as 'sent'}`, { defaultValue: n.status })}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {n.sentAt
                  ? t('orderDetail.sentAt', { time: formatDateTime(n.sentAt) })
                  : n.scheduledFor
                    ? t('orderDetail.scheduledFor', { time: formatDateTime(n.scheduledFor) })
                    : ''}
              </Text>
              {n.error && (
                <Text size="xs" c="red.7" style={{ overflowWrap: 'anywhere' }}>
                  {n.error}
                </Text>
              )}
            </Stack>
          ),
        )}
      </Stack>
    </SectionCard>
  )
}
