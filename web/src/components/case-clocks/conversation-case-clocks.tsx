import { Button, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useOrderContext } from '../../api/orders'
import { useConversationCaseClocks } from '../../api/return-clocks'
import { CaseClocksCard } from './case-clocks-card'
import { entriesFromClocks } from './clock-entries'
import { newCaseLink } from './new-case-link'
import { useWorkspaceClock } from './use-workspace-clock'

/**
 * The customer panel's card of the conversation's open returns and complaints with their running
 * deadlines, and a button that opens a new case for the conversation's order.
 */
export function ConversationCaseClocks({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation()
  const at = useWorkspaceClock()
  const clocks = useConversationCaseClocks(conversationId)
  const orderId = useOrderContext(conversationId).data?.linkedOrderId ?? null
  return (
    <CaseClocksCard
      title={t('returnClocks.cardTitle')}
      entries={clocks.data && entriesFromClocks(clocks.data, at.today)}
      at={at}
      empty={t('returnClocks.none')}
      isPending={clocks.isPending}
      error={clocks.error}
      testId="conversation-case-clocks"
      action={
        <>
          <Button
            component={Link}
            to={newCaseLink({ orderId, conversationId })}
            variant="light"
            size="xs"
            fullWidth
            data-testid="conversation-open-case"
          >
            {t('returnClocks.openCase')}
          </Button>
          {!orderId && (
            <Text size="xs" c="dimmed">
              {t('returnClocks.noOrder')}
            </Text>
          )}
        </>
      }
    />
  )
}
