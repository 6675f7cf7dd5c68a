import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderListItem } from '../../../api/order-types'
import { IconAlert } from '../../../components/icons'
import { alertDetail } from './alert-detail'
import { ALERT_COLORS } from './order-colors'

interface OrderAlertBadgesProps {
  alerts: OrderListItem['openAlerts']
  /** Leave out ship-by alerts where a ship-by countdown already says the same, more precisely. */
  withoutShipBy?: boolean
}

/** One badge per open alert of an order (`order-alert-badge`, `data-kind`). */
export function OrderAlertBadges({ alerts, withoutShipBy = false }: OrderAlertBadgesProps) {
  const { t } = useTranslation()
  const shown = withoutShipBy ? alerts.filter((a) => !a.kind.startsWith('ship_by')) : alerts
  return shown.map((alert) => {
    const detail = alertDetail(alert.detail)
    return (
      <Tooltip key={alert.kind} label={detail} disabled={!detail} withArrow openDelay={200}>
        <Badge
          size="sm"
          variant="filled"
          color={ALERT_COLORS[alert.kind]}
          leftSection={<IconAlert size={12} />}
          tt="none"
          data-testid="order-alert-badge"
          data-kind={alert.kind}
          style={{ flexShrink: 0 }}
        >
          {t(`alertKinds.${alert.kind}`)}
        </Badge>
      </Tooltip>
    )
  })
}
