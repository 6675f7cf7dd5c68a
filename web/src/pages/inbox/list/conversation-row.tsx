import { Group, Text, UnstyledButton } from '@mantine/core'
import type { ReactNode, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ConversationItem } from '../../../api/inbox-types'
import { formatDateTime } from '../../../i18n/format'
import { formatRelative } from '../../../lib/relative-time'
import { AssigneeAvatar } from '../common/assignee-avatar'
import { ChannelIcon } from '../common/channel-icon'
import { PriorityMarker } from '../common/priority-marker'
import { SlaBadge } from '../common/sla-badge'
import { TagBadges } from '../common/tag-badges'

interface ConversationRowProps {
  item: ConversationItem
  selected: boolean
  to: string
  now: number
  ref?: Ref<HTMLAnchorElement>
  /** The badge of an open return/complaint due within 3 days or past. */
  caseBadge?: ReactNode
}

/** Customer name or e-mail, customer label used across the inbox. */
export function customerLabel(customer: ConversationItem['customer'], fallback: string): string {
  return customer?.name || customer?.email || fallback
}

/** One row of the conversation list; a link to `/inbox/:id` keeping the list filters. */
export function ConversationRow({ item, selected, to, now, ref, caseBadge }: ConversationRowProps) {
  const { t } = useTranslation()
  const name = customerLabel(item.customer, t('inbox.unknownCustomer'))
  return (
    <UnstyledButton
      ref={ref}
      component={Link}
      to={to}
      className="as-conv-row"
      aria-current={selected ? 'page' : undefined}
      data-testid="conversation-row"
      data-conversation-id={item.id}
      data-number={item.number}
      data-selected={selected ? 'true' : 'false'}
      data-status={item.status}
      data-sla-state={item.sla.state}
    >
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Group gap={6} wrap="nowrap" miw={0}>
          <ChannelIcon kind={item.channel.kind} name={item.channel.name} size={15} />
          <Text fw={600} size="sm" truncate data-testid="conversation-row-customer">
            {name}
          </Text>
        </Group>
        <Text
          size="xs"
          c="dimmed"
          title={formatDateTime(item.lastMessageAt)}
          style={{ flexShrink: 0 }}
        >
          {formatRelative(item.lastMessageAt, now)}
        </Text>
      </Group>
      <Text size="sm" truncate mt={2} data-testid="conversation-row-subject">
        <Text span c="dimmed" size="sm">
          #{item.number}
        </Text>{' '}
        {item.subject || t('inbox.noSubject')}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1} data-testid="conversation-row-preview">
        {item.preview || '\u00a0'}
      </Text>
      <Group justify="space-between" wrap="nowrap" gap={6} mt={6}>
        <Group gap={6} wrap="nowrap" miw={0}>
          <SlaBadge sla={item.sla} now={now} />
          {caseBadge}
          <PriorityMarker priority={item.priority} />
          <TagBadges tags={item.tags} max={2} />
        </Group>
        <AssigneeAvatar assignee={item.assignee} size={22} />
      </Group>
    </UnstyledButton>
  )
}
