import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useOrderAlerts, useResolveOrderAlert } from '../../api/orders'
import { IconAlert } from '../../components/icons'
import { formatDateTime } from '../../i18n/format'
import { showSuccess } from '../../lib/notify'
import { formatRelative } from '../../lib/relative-time'
import { useNow } from '../../lib/use-now'
import { alertDetail } from './common/alert-detail'
import { ALERT_COLORS } from './common/order-colors'

const SHOWN = 5

/** Open order alerts above the list: late dispatch, silent parcels, carrier problems. */
export function OrderAlertsStrip({ onShowAll }: { onShowAll: () => void }) {
  const { t } = useTranslation()
  const alerts = useOrderAlerts()
  const resolve = useResolveOrderAlert()
  const now = useNow()
  const items = alerts.data ?? []
  if (items.length === 0) return null

  return (
    <Paper
      p="sm"
      data-testid="order-alerts"
      data-count={items.length}
      style={{
        borderColor: 'var(--mantine-color-orange-3)',
        background: 'var(--mantine-color-orange-0)',
      }}
    >
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap">
          <IconAlert size={16} color="var(--mantine-color-orange-7)" />
          <Text fw={650} size="sm">
            {t('orderAlerts.title')}
          </Text>
          <Badge size="sm" color="orange" variant="filled" data-testid="order-alerts-count">
            {items.length}
          </Badge>
        </Group>
        {items.slice(0, SHOWN).map((alert) => (
          <Group
            key={alert.id}
            gap="xs"
            wrap="nowrap"
            justify="space-between"
            data-testid="order-alert"
            data-alert-id={alert.id}
            data-kind={alert.kind}
          >
            <Group gap="xs" wrap="wrap" miw={0} style={{ rowGap: 2 }}>
              <Badge size="sm" variant="light" color={ALERT_COLORS[alert.kind]} tt="none">
                {t(`alertKinds.${alert.kind}`)}
              </Badge>
              <Anchor component={Link} to={`/orders/${alert.order.id}`} size="sm" fw={600}>
                {alert.order.number}
              </Anchor>
              {alert.order.buyerName && (
                <Text size="sm" c="dimmed" truncate maw={200}>
                  {alert.order.buyerName}
                </Text>
              )}
              {alertDetail(alert.detail) && (
                <Text size="sm" visibleFrom="sm">
                  {alert.detail}
                </Text>
              )}
              <Text size="xs" c="dimmed" title={formatDateTime(alert.raisedAt)}>
                {formatRelative(alert.raisedAt, now)}
              </Text>
            </Group>
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
              style={{ flexShrink: 0 }}
            >
              {t('orderAlerts.resolve')}
            </Button>
          </Group>
        ))}
        <Group gap="sm">
          {items.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {t('orderAlerts.more', { count: items.length - SHOWN })}
            </Text>
          )}
          <Anchor component="button" type="button" size="xs" onClick={onShowAll}>
            {t('orderAlerts.showAll')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  )
}
