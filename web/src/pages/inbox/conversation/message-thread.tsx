import { Box, Stack, Text } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Message } from '../../../api/inbox-types'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { ThreadMessage } from './thread-message'

interface MessageThreadProps {
  conversationId: string
  subject: string | null
  messages: Message[] | undefined
  isPending: boolean
  error: unknown
}

/** The scrolling thread; it jumps to the newest message on open and when one arrives. */
export function MessageThread({
  conversationId,
  subject,
  messages,
  isPending,
  error,
}: MessageThreadProps) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const lastId = messages?.at(-1)?.id

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the newest message changes
  useEffect(() => {
    const box = scrollRef.current
    if (box) box.scrollTop = box.scrollHeight
  }, [lastId])

  return (
    <Box
      ref={scrollRef}
      className="as-thread"
      data-testid="thread"
      data-conversation-id={conversationId}
    >
      {isPending && <SectionLoader />}
      {error ? <ErrorAlert error={error} /> : null}
      {messages && messages.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" p="lg">
          {t('thread.empty')}
        </Text>
      )}
      <Stack gap="sm">
        {messages?.map((message) => (
          <ThreadMessage
            key={message.id}
            conversationId={conversationId}
            conversationSubject={subject}
            message={message}
          />
        ))}
      </Stack>
    </Box>
  )
}
