import { useQuery } from '@tanstack/react-query'
import { api } from '../client'
import type { ConversationDetail, Message } from '../inbox-types'
import { queryKeys } from '../query-keys'
import type { Page } from '../types'
import { useCurrentMe } from './use-me'

/** One conversation with its customer panel and the caller's abilities on it. */
export function useConversation(id: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.conversation(wsId, id),
    queryFn: ({ signal }) =>
      api<ConversationDetail>(`/conversations/${encodeURIComponent(id)}`, { signal }),
  })
}

/** The thread of a conversation, oldest message first. */
export function useMessages(id: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.messages(wsId, id),
    queryFn: ({ signal }) =>
      api<Page<Message>>(`/conversations/${encodeURIComponent(id)}/messages`, { signal }),
    select: (page) => page.items,
  })
}
