import { Badge, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useRetryMessage } from '../../../api/hooks/use-conversation-actions'
import type { Message, DeliveryStatus as Status } from '../../../api/inbox-types'
import { IconRefresh } from '../../../components/inbox-icons'

const COLORS: Record<Status, string> = {
  received: 'gray',
  queued: 'gray',
  sending: 'blue',
  sent: 'green',
  failed: 'red',
  none: 'gray',
}

/** Delivery state of an outbound reply; a failed one shows the error and "Retry". */
export function DeliveryStatus({
  conversationId,
  message,
}: {
  conversationId: string
  message: Message
}) {
  const { t } = useTranslation()
  const retry = useRetryMessage(conversationId)
  const status = message.deliveryStatus
  if (status === 'none' || status === 'received') return null
  return (
    <Group
      gap="xs"
      mt={6}
      justify="flex-end"
      wrap="wrap"
      data-testid="delivery-status"
      data-status={status}
    >
      {status === 'failed' && message.deliveryError && (
        <Text size="xs" c="red.7" data-testid="delivery-error" style={{ overflowWrap: 'anywhere' }}>
          {message.deliveryError}
        </Text>
      )}
      <Badge size="xs" variant={status === 'failed' ? 'filled' : 'light'} color={COLORS[status]}>
        {t(`delivery.${status}`)}
      </Badge>
      {status === 'failed' && (
        <Button
          size="compact-xs"
          variant="light"
          color="red"
          leftSection={<IconRefresh size={12} />}
          loading={retry.isPending}
          onClick={() => retry.mutate(message.id)}
          data-testid="message-retry"
        >
          {t('delivery.retry')}
        </Button>
      )}
    </Group>
  )
}
