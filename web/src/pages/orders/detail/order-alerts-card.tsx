import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../api/order-types'
import { useResolveOrderAlert } from '../../../api/orders'
import { formatDateTime } from '../../../i18n/format'
import { showSuccess } from '../../../lib/notify'
import { alertDetail } from '../common/alert-detail'
import { ALERT_COLORS } from '../common/order-colors'
import { SectionCard } from '../common/section-card'

/** The order's alerts, open ones first with a "resolve" button; hidden when there were none. */
export function OrderAlertsCard({ order, canEdit }: { order: OrderDetail; canEdit: boolean }) {
  const { t } = useTranslation()
  const resolve = useResolveOrderAlert()
  if (order.alerts.length === 0) return null
  const alerts = [...order.alerts].sort(
    (a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null),
  )
  return (
    <SectionCard title={t('orderDetail.alertsTitle')} testId="order-alerts-card">
      <Stack gap="xs">
        {alerts.map((alert) => (
          <Stack
            key={alert.id}
            gap={2}
            data-testid="order-detail-alert"
            data-kind={alert.kind}
            data-open={alert.resolvedAt === null}
            opacity={alert.resolvedAt ? 0.6 : 1}
          >
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Badge
                size="sm"
                variant={alert.resolvedAt ? 'outline' : 'light'}
                color={alert.resolvedAt ? 'gray' : ALERT_COLORS[alert.kind]}
                tt="none"
              >
                {t(`alertKinds.${alert.kind}`)}
              </Badge>
              {!alert.resolvedAt && canEdit && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  loading={resolve.isPending && resolve.variables === alert.id}
                  onClick={() =>
                    resolve.mutate(alert.id, {
                      onSuccess: () => showSuccess(t('orderAlerts.resolved')),
                    })
                  }
                  data-testid="order-alert-resolve"
                >
                  {t('orderAlerts.resolve')}
                </Button>
              )}
            </Group>
            {alertDetail(alert.detail) && <Text size="sm">{alert.detail}</Text>}
            <Text size="xs" c="dimmed">
              {alert.resolvedAt
                ? t('orderAlerts.resolvedAt', { time: formatDateTime(alert.resolvedAt) })
                : t('orderAlerts.raised', { time: formatDateTime(alert.raisedAt) })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  )
}
