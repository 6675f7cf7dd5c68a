import { Text, Timeline } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseDetail, CaseEvent } from '../../../api/return-types'
import type { IconProps } from '../../../components/icons'
import { IconMail, IconPaperclip, IconPlus } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { IconPackage, IconTruck } from '../../orders/common/order-icons'
import { SectionCard } from '../../orders/common/section-card'
import {
  IconBell,
  IconCircleCheck,
  IconCircleX,
  IconCoin,
  IconInspect,
  IconScale,
  IconSwap,
  IconWrench,
} from '../returns-icons'
import { eventSummary } from './event-summary'

const ICONS: Record<string, (props: IconProps) => React.JSX.Element> = {
  opened: IconPlus,
  request_item: IconMail,
  receive: IconPackage,
  inspect: IconInspect,
  accept: IconCircleCheck,
  refuse: IconCircleX,
  refund: IconCoin,
  mark_refund_done: IconCoin,
  replacement: IconSwap,
  repair: IconWrench,
  file_added: IconPaperclip,
  reminder: IconBell,
  escalated: IconBell,
  deemed_accepted: IconScale,
  marketplace_update: IconTruck,
}

const COLORS: Record<string, string> = {
  accept: 'teal',
  refuse: 'red',
  refund: 'green',
  mark_refund_done: 'green',
  escalated: 'red',
  reminder: 'orange',
  deemed_accepted: 'red',
}

function EventTitle({ event }: { event: CaseEvent }) {
  const { t } = useTranslation()
  return (
    <Text size="sm" fw={600}>
      {t(`returns.events.${event.action as 'opened'}`, { defaultValue: event.action })}
    </Text>
  )
}

/** What happened to the case, oldest first: who did what, with their note. */
export function CaseTimelineCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const events = detail.events
  return (
    <SectionCard title={t('returns.timeline.title')} testId="case-timeline">
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('returns.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={24} lineWidth={2} active={events.length}>
          {events.map((event) => {
            const Icon = ICONS[event.action] ?? IconPlus
            return (
              <Timeline.Item
                key={event.id}
                color={COLORS[event.action] ?? 'indigo'}
                bullet={<Icon size={13} />}
                title={<EventTitle event={event} />}
                data-testid="case-event"
                data-action={event.action}
                data-actor={event.actorType}
              >
                <Text size="xs" c="dimmed">
                  {event.actorName ?? t(`returns.actors.${event.actorType}`)} ·{' '}
                  {formatDateTime(event.createdAt)}
                </Text>
                {eventSummary(event, t) && (
                  <Text size="xs" mt={2} data-testid="case-event-summary">
                    {eventSummary(event, t)}
                  </Text>
                )}
                {event.note && (
                  <Text
                    size="xs"
                    mt={2}
                    style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
                  >
                    {event.note}
                  </Text>
                )}
              </Timeline.Item>
            )
          })}
        </Timeline>
      )}
    </SectionCard>
  )
}
