import { Anchor, Badge, Divider, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import type { ConversationDetail } from '../../../api/inbox-types'
import { ConversationCaseClocks } from '../../../components/case-clocks/conversation-case-clocks'
import { formatDate } from '../../../i18n/format'
import { OrderContextPanel } from '../../orders/context/order-context-panel'
import { TagBadges } from '../common/tag-badges'
import { STATUS_COLORS } from './conversation-header'

function Section({
  title,
  children,
  testId,
}: {
  title: string
  children: ReactNode
  testId?: string
}) {
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {title}
      </Text>
      {children}
    </Stack>
  )
}

/** The customer beside the thread: contact details, tags, other conversations, CRM card and orders. */
export function CustomerPanel({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation()
  const { search } = useLocation()
  const customer = conversation.customerPanel
  const others = customer?.conversations.filter((c) => c.id !== conversation.id) ?? []

  return (
    <Stack gap="md" p="md" data-testid="customer-panel">
      <ConversationCaseClocks conversationId={conversation.id} />
      <Section title={t('customer.title')}>
        {customer ? (
          <Stack gap={2}>
            <Text fw={600} data-testid="customer-name" style={{ overflowWrap: 'anywhere' }}>
              {customer.name || customer.email || t('inbox.unknownCustomer')}
            </Text>
            {customer.email && (
              <Anchor
                href={`mailto:${customer.email}`}
                size="sm"
                data-testid="customer-email"
                style={{ overflowWrap: 'anywhere' }}
              >
                {customer.email}
              </Anchor>
            )}
            {customer.phone && (
              <Anchor href={`tel:${customer.phone}`} size="sm" data-testid="customer-phone">
                {customer.phone}
              </Anchor>
            )}
            {customer.tags.length > 0 && (
              <Group mt={4}>
                <TagBadges tags={customer.tags} max={8} />
              </Group>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('customer.none')}
          </Text>
        )}
      </Section>
      <Divider />
      <Section title={t('customer.otherConversations')} testId="customer-conversations">
        {others.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('customer.noOther')}
          </Text>
        )}
        {others.map((c) => (
          <Anchor
            key={c.id}
            component={Link}
            to={`/inbox/${c.id}${search}`}
            size="sm"
            data-testid="customer-conversation"
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
      </Section>
      <Divider />
      <OrderContextPanel conversationId={conversation.id} />
    </Stack>
  )
}
