import { ActionIcon, Anchor, Badge, Box, Group, Text, Title, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import type { ConversationDetail } from '../../../api/inbox-types'
import { IconArrowLeft, IconUser } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { ChannelIcon } from '../common/channel-icon'
import { customerLabel } from '../list/conversation-row'
import { ConversationFields } from './conversation-fields'
import { StatusActions } from './status-actions'
import { TagsEditor } from './tags-editor'

export const STATUS_COLORS = {
  open: 'blue',
  pending: 'yellow',
  snoozed: 'grape',
  resolved: 'green',
} as const

interface ConversationHeaderProps {
  conversation: ConversationDetail
  onBack?: () => void
  onShowCustomer?: () => void
}

/** Number, subject, channel and status of the open conversation, with its controls below. */
export function ConversationHeader({
  conversation: c,
  onBack,
  onShowCustomer,
}: ConversationHeaderProps) {
  const { t } = useTranslation()
  const { search } = useLocation()
  return (
    <Box className="as-conv-head" data-testid="conversation-header">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap="xs" wrap="nowrap" miw={0}>
          {onBack && (
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onBack}
              aria-label={t('inbox.back')}
              data-testid="conversation-back"
            >
              <IconArrowLeft />
            </ActionIcon>
          )}
          <Title order={2} size="h4" miw={0} style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" inherit data-testid="conversation-number">
              #{c.number}
            </Text>{' '}
            <span data-testid="conversation-subject">{c.subject || t('inbox.noSubject')}</span>
          </Title>
        </Group>
        {onShowCustomer && (
          <Tooltip label={t('customer.title')}>
            <ActionIcon
              variant="light"
              onClick={onShowCustomer}
              aria-label={t('customer.title')}
              data-testid="customer-panel-open"
            >
              <IconUser />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Group gap={8} mt={4} wrap="wrap">
        <Badge
          color={STATUS_COLORS[c.status]}
          variant="light"
          data-testid="conversation-status"
          data-status={c.status}
        >
          {t(`status.${c.status}`)}
        </Badge>
        {c.status === 'snoozed' && c.snoozedUntil && (
          <Text size="xs" c="grape.7" data-testid="conversation-snoozed-until">
            {t('snooze.until', { time: formatDateTime(c.snoozedUntil) })}
          </Text>
        )}
        <Group gap={4} wrap="nowrap">
          <ChannelIcon kind={c.channel.kind} size={14} />
          <Text size="xs" c="dimmed" data-testid="conversation-channel">
            {c.channel.name}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          · {customerLabel(c.customer, t('inbox.unknownCustomer'))}
        </Text>
        {c.orderNumber && (
          <Text size="xs" c="dimmed" data-testid="conversation-order-number">
            · {t('inbox.order', { number: c.orderNumber })}
          </Text>
        )}
        {c.mergedIntoId && (
          <Anchor
            component={Link}
            to={`/inbox/${c.mergedIntoId}${search}`}
            size="xs"
            c="orange.8"
            data-testid="conversation-merged"
          >
            · {t('merge.mergedAway')}
          </Anchor>
        )}
      </Group>
      <Group gap="xs" mt="sm" wrap="wrap" align="flex-end">
        <StatusActions conversation={c} />
        <ConversationFields conversation={c} />
      </Group>
      <TagsEditor conversation={c} />
    </Box>
  )
}
