import { Badge, Box, Group, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Message } from '../../../api/inbox-types'
import { formatDateTime } from '../../../i18n/format'
import { displayName } from '../../../lib/display-name'
import { DeliveryStatus } from './delivery-status'
import { HtmlFrame } from './html-frame'
import { MessageAttachments } from './message-attachments'

type Variant = 'customer' | 'agent' | 'note' | 'system'

/** "Re: Re: Order 12" and "Order 12" are the same subject. */
const bareSubject = (subject: string | null) =>
  (subject ?? '')
    .replace(/^((re|fwd?|odp|pd|aw|wg)\s*:\s*)+/i, '')
    .trim()
    .toLowerCase()

function variantOf(message: Message): Variant {
  if (message.kind === 'note') return 'note'
  if (message.authorType === 'system' || message.authorType === 'bot') return 'system'
  return message.direction === 'inbound' ? 'customer' : 'agent'
}

interface ThreadMessageProps {
  conversationId: string
  /** Shown above a message only when its own subject says something else. */
  conversationSubject: string | null
  message: Message
}

/** One message: customer (left, grey), agent (right, blue), internal note (yellow), system (small). */
export function ThreadMessage({
  conversationId,
  conversationSubject,
  message,
}: ThreadMessageProps) {
  const { t } = useTranslation()
  const variant = variantOf(message)
  const author =
    displayName(message.author.name) ||
    (variant === 'customer'
      ? t('thread.customer')
      : variant === 'system'
        ? t('thread.system')
        : t('thread.agent'))

  return (
    <Box
      className="as-msg"
      data-variant={variant}
      data-testid="thread-message"
      data-message-id={message.id}
      data-kind={message.kind}
      data-direction={message.direction}
      data-author-type={message.authorType}
      data-delivery-status={message.deliveryStatus}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text size="sm" fw={600} truncate data-testid="message-author">
            {author}
          </Text>
          {variant === 'note' && (
            <Badge size="xs" color="yellow" variant="filled" c="dark" style={{ flexShrink: 0 }}>
              {t('thread.note')}
            </Badge>
          )}
          {message.automated && (
            <Badge size="xs" color="gray" variant="outline" style={{ flexShrink: 0 }}>
              {t('thread.automated')}
            </Badge>
          )}
        </Group>
        <Tooltip label={formatDateTime(message.sentAt)} withArrow>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {formatDateTime(message.sentAt)}
          </Text>
        </Tooltip>
      </Group>
      {message.subject &&
        variant !== 'note' &&
        bareSubject(message.subject) !== bareSubject(conversationSubject) && (
          <Text size="xs" c="dimmed" mb={4}>
            {t('thread.subject')}: {message.subject}
          </Text>
        )}
      {message.html ? (
        <HtmlFrame html={message.html} text={message.text} />
      ) : (
        <Text size="sm" className="as-msg-text" data-testid="message-text">
          {message.text}
        </Text>
      )}
      <MessageAttachments attachments={message.attachments} />
      {message.direction === 'outbound' && message.kind === 'message' && (
        <DeliveryStatus conversationId={conversationId} message={message} />
      )}
    </Box>
  )
}
