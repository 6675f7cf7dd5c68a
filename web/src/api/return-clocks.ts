import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import { api } from './client'
import { useCurrentMe } from './hooks/use-me'

/** A withdrawal (art. 27 Ustawa o prawach konsumenta) or a complaint (art. 43a ff.). */
export type CaseKind = 'withdrawal' | 'complaint'

/** Where a case stands in its workflow. */
export type CaseStatus =
  | 'new'
  | 'awaiting_item'
  | 'received'
  | 'inspected'
  | 'accepted'
  | 'refused'
  | 'resolved'

/** An open case of a conversation with its deadlines, as `GET /returns/clocks` lists it. */
export interface ConversationCaseClock {
  conversationId: string
  caseId: string
  number: string
  kind: CaseKind
  status: CaseStatus
  respondBy: string | null
  refundBy: string | null
  deemedAcceptedOn: string | null
}

interface CaseClocksAnswer {
  today: string
  items: ConversationCaseClock[]
}

/** A case of an order, the fields of `GET /returns/cases` that the order page shows. */
export interface OrderCaseItem {
  id: string
  number: string
  kind: CaseKind
  status: CaseStatus
  decision: 'accepted' | 'refused' | null
  respondBy: string | null
  refundBy: string | null
  deemedAcceptedOn: string | null
  requestedAt: string
  refundDueMinor: number
  refundedMinor: number
  itemNames: string[] | null
}

/** Open cases, those whose seller deadline is within 3 days, and complaints past their answer date. */
export interface ReturnsSummary {
  open: number
  due: number
  overdue: number
}

/** The inbox loads conversations 50 at a time (the server takes up to 100 ids): one request per page. */
const LIST_PAGE = 50

/**
 * Query keys of the case clocks; all start with 'returns' so the `return-cases` live event
 * refreshes every case view with one invalidation.
 */
export const returnClockKeys = {
  all: ['returns'] as const,
  clocks: (ws: string, ids: string) => ['returns', ws, 'clocks', ids] as const,
  orderCases: (ws: string, orderId: string) => ['returns', ws, 'order-cases', orderId] as const,
  summary: (ws: string) => ['returns', ws, 'summary'] as const,
}

function fetchClocks(ids: string, signal: AbortSignal) {
  return api<CaseClocksAnswer>('/returns/clocks', { query: { conversationIds: ids }, signal })
}

/** The open cases linked to one conversation. */
export function useConversationCaseClocks(conversationId: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: returnClockKeys.clocks(wsId, conversationId),
    queryFn: ({ signal }) => fetchClocks(conversationId, signal),
    select: (answer) => answer.items,
  })
}

function byConversation(
  results: { data?: CaseClocksAnswer | undefined }[],
): Map<string, ConversationCaseClock[]> {
  const map = new Map<string, ConversationCaseClock[]>()
  for (const result of results)
    for (const item of result.data?.items ?? [])
      map.set(item.conversationId, [...(map.get(item.conversationId) ?? []), item])
  return map
}

/** Case clocks for the loaded conversation list, one request per page, keyed by conversation. */
export function useConversationListClocks(
  conversationIds: readonly string[],
): Map<string, ConversationCaseClock[]> {
  const wsId = useCurrentMe().workspace.id
  const batches: string[] = []
  for (let at = 0; at < conversationIds.length; at += LIST_PAGE)
    batches.push(conversationIds.slice(at, at + LIST_PAGE).join(','))
  return useQueries({
    queries: batches.map((ids) => ({
      queryKey: returnClockKeys.clocks(wsId, ids),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchClocks(ids, signal),
      placeholderData: keepPreviousData,
    })),
    combine: byConversation,
  })
}

/** Every case of an order, open or closed, most urgent first. */
export function useOrderCases(orderId: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: returnClockKeys.orderCases(wsId, orderId),
    queryFn: ({ signal }) =>
      api<{ total: number; items: OrderCaseItem[] }>('/returns/cases', {
        query: { orderId, view: 'all', limit: 50 },
        signal,
      }),
  })
}

/** The navigation's count of cases due soon; refetched now and then so a new day is counted. */
export function useReturnsSummary() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: returnClockKeys.summary(wsId),
    queryFn: ({ signal }) => api<ReturnsSummary>('/returns/summary', { signal }),
    refetchInterval: 10 * 60_000,
  })
}
