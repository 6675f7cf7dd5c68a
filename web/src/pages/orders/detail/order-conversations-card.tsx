import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrderDetail } from '../../../api/order-types'
import { formatDate } from '../../../i18n/format'
import { STATUS_COLORS } from '../../inbox/conversation/conversation-header'
import { SectionCard } from '../common/section-card'

/** Inbox conversations that mention this order, each a link into the inbox. */
export function OrderConversationsCard({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('orderDetail.conversationsTitle')} testId="order-conversations">
      {order.conversations.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('orderDetail.noConversations')}
        </Text>
      )}
      <Stack gap={6}>
        {order.conversations.map((c) => (
          <Anchor
            key={c.id}
            component={Link}
            to={`/inbox/${c.id}`}
            size="sm"
            data-testid="order-conversation"
            data-conversation-id={c.id}
          >
            <Group gap={6} wrap="nowrap">
              <Text span size="sm" truncate>
                #{c.number} {c.subject || t('inbox.noSubject')}
              </Text>
              <Badge
                size="xs"
                variant="light"
                color={STATUS_COLORS[c.status]}
                style={{ flexShrink: 0 }}
              >
                {t(`status.${c.status}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {formatDate(c.lastMessageAt)}
            </Text>
          </Anchor>
        ))}
      </Stack>
    </SectionCard>
  )
}
