import { Text, Timeline } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { TimelineEntry } from '../../../api/order-types'
import { IconAlert } from '../../../components/icons'
import { IconMail } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { alertDetail } from '../common/alert-detail'
import { withContentKeys } from '../common/content-keys'
import { IconPackage, IconTruck } from '../common/order-icons'
import { SectionCard } from '../common/section-card'

const COLORS: Record<TimelineEntry['kind'], string> = {
  status: 'indigo',
  tracking: 'blue',
  notification: 'teal',
  alert: 'orange',
}

const ICONS = {
  status: IconPackage,
  tracking: IconTruck,
  notification: IconMail,
  alert: IconAlert,
} as const

/** What happened, in words: the status name, the parcel state, the message kind, the alert kind. */
function entryTitle(entry: TimelineEntry, t: TFunction): string {
  const key = {
    status: `orderStatus.${entry.code}`,
    tracking: `trackingStatus.${entry.code}`,
    notification: `notificationKinds.${entry.code}`,
    alert: `alertKinds.${entry.code}`,
  }[entry.kind]
  return t(key as 'orderStatus.placed', { defaultValue: entry.code })
}

/** The entry's second line: the channel of a message, the carrier's words, an alert's sentence. */
function entryDetail(entry: TimelineEntry, t: TFunction): string | null {
  if (!entry.detail) return null
  if (entry.kind === 'notification')
    return t(`notificationChannels.${entry.detail as 'email'}`, { defaultValue: entry.detail })
  if (entry.kind === 'alert') return alertDetail(entry.detail)
  return entry.detail
}

/** The order's history newest first: status changes, scans, messages sent, alerts raised. */
export function OrderTimelineCard({ timeline }: { timeline: TimelineEntry[] }) {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('orderDetail.timelineTitle')} testId="order-timeline">
      {timeline.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orderDetail.noTimeline')}
        </Text>
      ) : (
        <Timeline bulletSize={24} lineWidth={2} active={timeline.length}>
          {withContentKeys(timeline, (e) => `${e.at}|${e.kind}|${e.code}`).map(
            ({ key, item: entry }) => {
              const Icon = ICONS[entry.kind]
              return (
                <Timeline.Item
                  key={key}
                  color={COLORS[entry.kind]}
                  bullet={<Icon size={13} />}
                  title={
                    <Text size="sm" fw={600}>
                      {entryTitle(entry, t)}
                    </Text>
                  }
                  data-testid="timeline-entry"
                  data-kind={entry.kind}
                  data-code={entry.code}
                >
                  <Text size="xs" c="dimmed">
                    {t(`orderDetail.timelineKinds.${entry.kind}`)} · {formatDateTime(entry.at)}
                  </Text>
                  {entryDetail(entry, t) && (
                    <Text size="xs" mt={2} style={{ overflowWrap: 'anywhere' }}>
                      {entry.kind === 'notification'
                        ? t(`notificationChannels.${entry.detail as 'email'}`, {
                            defaultValue: entry.detail,
                          })
                        : entry.detail}
                    </Text>
                  )}
                </Timeline.Item>
              )
            },
          )}
        </Timeline>
      )}
    </SectionCard>
  )
}
