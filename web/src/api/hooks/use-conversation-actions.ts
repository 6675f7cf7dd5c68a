import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import type {
  ConversationDetail,
  ConversationItem,
  ConversationStatus,
  Priority,
  Upload,
} from '../inbox-types'
import { queryKeys } from '../query-keys'
import { useCurrentMe } from './use-me'

export interface ConversationPatch {
  status?: ConversationStatus
  snoozedUntil?: string | null
  priority?: Priority
  assigneeId?: string | null
  teamId?: string | null
}

export interface ReplyInput {
  text: string
  attachments?: Upload[]
  afterSend?: 'resolve' | 'pending'
}

export interface NoteInput {
  text: string
  mentions?: string[]
}

const path = (id: string, rest = '') => `/conversations/${encodeURIComponent(id)}${rest}`

/** Shared plumbing: store a returned item in the detail cache, then refresh lists and counts. */
function useInboxMutation<TVars, TResult>(id: string, fn: (vars: TVars) => Promise<TResult>) {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      const item = result as Partial<ConversationItem> | null
      if (item && typeof item === 'object' && item.id === id)
        client.setQueryData<ConversationDetail>(queryKeys.conversation(wsId, id), (old) =>
          old ? { ...old, ...item } : old,
        )
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.inbox(wsId) })
      void client.invalidateQueries({ queryKey: queryKeys.agents(wsId) })
      void client.invalidateQueries({ queryKey: queryKeys.tags(wsId) })
    },
  })
}

/** Changes status, snooze, priority, assignee or team of a conversation. */
export function useUpdateConversation(id: string) {
  return useInboxMutation(id, (patch: ConversationPatch) =>
    api<ConversationItem>(path(id), { method: 'PATCH', body: patch }),
  )
}

/** Replaces a conversation's tags by name (unknown names are created). */
export function useSetConversationTags(id: string) {
  return useInboxMutation(id, (tags: string[]) =>
    api<ConversationItem>(path(id, '/tags'), { method: 'PUT', body: { tags } }),
  )
}

/** Merges this conversation into another one; resolves to the target conversation. */
export function useMergeConversation(id: string) {
  return useInboxMutation(id, (intoId: string) =>
    api<ConversationItem>(path(id, '/merge'), { method: 'POST', body: { intoId } }),
  )
}

/** Sends a reply to the customer (queued, delivered by a job). */
export function useSendReply(id: string) {
  return useInboxMutation(id, (input: ReplyInput) =>
    api<{ messageId: string }>(path(id, '/replies'), { method: 'POST', body: input }),
  )
}

/** Adds an internal note, optionally mentioning members. */
export function useAddNote(id: string) {
  return useInboxMutation(id, (input: NoteInput) =>
    api<{ messageId: string }>(path(id, '/notes'), { method: 'POST', body: input }),
  )
}

/** Puts a failed outbound message back in the delivery queue. */
export function useRetryMessage(conversationId: string) {
  return useInboxMutation(conversationId, (messageId: string) =>
    api<null>(`/messages/${encodeURIComponent(messageId)}/retry`, { method: 'POST' }),
  )
}
