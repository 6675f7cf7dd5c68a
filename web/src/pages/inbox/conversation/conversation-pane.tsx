import { Box, Drawer } from '@mantine/core'
import { useDisclosure, useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useConversation, useMessages } from '../../../api/hooks/use-conversation'
import { useUpdateConversation } from '../../../api/hooks/use-conversation-actions'
import { useConversationPresence } from '../../../api/hooks/use-presence'
import { ConversationCaseStrip } from '../../../components/case-clocks/conversation-case-strip'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { useKeyShortcuts } from '../../../lib/keyboard-shortcuts'
import { Composer } from './composer'
import { ConversationHeader } from './conversation-header'
import { CustomerPanel } from './customer-panel'
import { MessageThread } from './message-thread'
import { PresenceNotice } from './presence-notice'

interface ConversationPaneProps {
  id: string
  /** Back to the list (single-column layout only). */
  onBack?: () => void
}

/** The right column: header with controls, thread, composer and the customer panel. */
export function ConversationPane({ id, onBack }: ConversationPaneProps) {
  const { t } = useTranslation()
  const conversation = useConversation(id)
  const messages = useMessages(id)
  const update = useUpdateConversation(id)
  const notifyTyping = useConversationPresence(id)
  const panelBeside = useMediaQuery('(min-width: 90em)', true)
  const [panelOpen, panel] = useDisclosure(false)
  const detail = conversation.data

  useKeyShortcuts({
    r: () => document.querySelector<HTMLTextAreaElement>('[data-testid="composer-input"]')?.focus(),
    e: () => {
      if (detail?.abilities.resolve && detail.status !== 'resolved' && !update.isPending)
        update.mutate({ status: 'resolved' })
    },
  })

  if (conversation.isPending) return <SectionLoader />
  if (!detail)
    return (
      <Box p="md" w="100%">
        <ErrorAlert error={conversation.error} />
      </Box>
    )

  return (
    <Box
      className="as-conv"
      data-testid="conversation"
      data-conversation-id={id}
      data-status={detail.status}
    >
      <Box className="as-conv-main">
        <ConversationHeader
          conversation={detail}
          onBack={onBack}
          onShowCustomer={panelBeside ? undefined : panel.open}
        />
        <PresenceNotice conversationId={id} />
        {!panelBeside && <ConversationCaseStrip conversationId={id} />}
        <MessageThread
          conversationId={id}
          subject={detail.subject}
          messages={messages.data}
          isPending={messages.isPending}
          error={messages.error}
        />
        <Composer conversation={detail} onTyping={notifyTyping} />
      </Box>
      {panelBeside ? (
        <Box className="as-conv-side">
          <CustomerPanel conversation={detail} />
        </Box>
      ) : (
        <Drawer
          opened={panelOpen}
          onClose={panel.close}
          position="right"
          size={320}
          title={t('customer.title')}
        >
          <CustomerPanel conversation={detail} />
        </Drawer>
      )}
    </Box>
  )
}
