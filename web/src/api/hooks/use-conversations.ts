import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '../client'
import type {
  ConversationCounts,
  ConversationPage,
  ConversationStatus,
  InboxView,
  Priority,
} from '../inbox-types'
import { queryKeys } from '../query-keys'
import { useCurrentMe } from './use-me'

const PAGE_SIZE = 50

/** What the middle column lists; every field maps to a `GET /conversations` query parameter. */
export interface ConversationFilters {
  view: InboxView
  status: ConversationStatus
  channelAccountId?: string
  tag?: string
  assigneeId?: string
  priority?: Priority
}

/** One inbox list (sorted by SLA due time by the server), paged with `nextCursor`. */
export function useConversations(filters: ConversationFilters) {
  const wsId = useCurrentMe().workspace.id
  return useInfiniteQuery({
    queryKey: queryKeys.conversationList(wsId, filters),
    queryFn: ({ pageParam, signal }) =>
      api<ConversationPage>('/conversations', {
        query: { ...filters, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })
}

/** Open-conversation counts per view, status and channel account for the views column. */
export function useConversationCounts() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.conversationCounts(wsId),
    queryFn: ({ signal }) => api<ConversationCounts>('/conversations/counts', { signal }),
  })
}
