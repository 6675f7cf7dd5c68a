import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from './client'
import { useCurrentMe } from './hooks/use-me'
import type { OrderDetail } from './order-types'
import { orderKeys } from './orders'
import type {
  ActionPlan,
  CaseAction,
  CaseDetail,
  CaseKind,
  CaseListPage,
  CaseView,
  NewCase,
  NewCasePreview,
} from './return-types'

/**
 * Query keys of the cases; all start with 'returns' so the live `return-cases` event refreshes
 * every case view with one invalidation, and carry the workspace so a switch never mixes data.
 */
export const returnKeys = {
  all: ['returns'] as const,
  workspace: (ws: string) => ['returns', ws] as const,
  list: (ws: string, filters: object) => ['returns', ws, 'cases', filters] as const,
  buckets: (ws: string) => ['returns', ws, 'buckets'] as const,
  detail: (ws: string, id: string) => ['returns', ws, 'case', id] as const,
}

/** What the cases list shows; each field is a `GET /returns/cases` parameter. */
export interface CaseFilters {
  view: CaseView
  kind?: CaseKind
  q?: string
}

const PAGE_SIZE = 50
/** The chart reads every open case at once; the server caps a page at 200. */
const CHART_PAGE = 200

/** Cases matching `filters`, most urgent first; `pages` grows with "Load more". */
export function useReturnCases(filters: CaseFilters, pages = 1) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: returnKeys.list(wsId, { ...filters, pages }),
    queryFn: ({ signal }) =>
      api<CaseListPage>('/returns/cases', {
        query: { ...filters, limit: PAGE_SIZE * pages },
        signal,
      }),
    placeholderData: keepPreviousData,
  })
}

/** Every open case, for the deadline chart. */
export function useOpenCasesForChart() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: returnKeys.buckets(wsId),
    queryFn: ({ signal }) =>
      api<CaseListPage>('/returns/cases', { query: { view: 'open', limit: CHART_PAGE }, signal }),
  })
}

/** One case with items, deadlines, timeline, files, refunds and the grounds available. */
export function useReturnCase(id: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: returnKeys.detail(wsId, id),
    queryFn: ({ signal }) =>
      api<CaseDetail>(`/returns/cases/${encodeURIComponent(id)}`, { signal }),
  })
}

/** The engine's verdict on a case not opened yet (nothing is stored). */
export function usePreviewNewCase() {
  return useMutation({
    mutationFn: (body: NewCase) =>
      api<NewCasePreview>('/returns/cases/preview', { method: 'POST', body }),
  })
}

/** Opens a case; the lists refresh. */
export function useOpenCase() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: NewCase) =>
      api<{ caseId: string; number: string }>('/returns/cases', { method: 'POST', body }),
    onSettled: () => void client.invalidateQueries({ queryKey: returnKeys.all }),
  })
}

/** What an action would do to the case now; nothing is saved. */
export function usePreviewAction(caseId: string) {
  return useMutation({
    mutationFn: (action: CaseAction) =>
      api<ActionPlan>(`/returns/cases/${encodeURIComponent(caseId)}/actions/preview`, {
        method: 'POST',
        body: { action },
      }),
  })
}

/** Applies an action as previewed; a 409 `case_changed` means the case moved on since. */
export function useConfirmAction(caseId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { action: CaseAction; expectedVersion: number }) =>
      api<ActionPlan>(`/returns/cases/${encodeURIComponent(caseId)}/actions`, {
        method: 'POST',
        body: input,
      }),
    onSettled: () => void client.invalidateQueries({ queryKey: returnKeys.all }),
  })
}

/** Attaches a photo or document to a case (the file is the raw request body). */
export function useUploadCaseFile(caseId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { file: File; purpose: 'photo' | 'evidence' }) =>
      api<{ fileId: string; created: boolean }>(
        `/returns/cases/${encodeURIComponent(caseId)}/files`,
        {
          method: 'POST',
          query: { fileName: input.file.name, purpose: input.purpose },
          rawBody: input.file,
        },
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: returnKeys.all }),
  })
}

/** Where a case's file is served (images inline). */
export function caseFileUrl(fileId: string): string {
  return `/api/v1/returns/files/${encodeURIComponent(fileId)}`
}

/** The order a new case is about (with its lines), once one is picked. */
export function useCaseOrder(orderId: string | null) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: orderKeys.detail(wsId, orderId ?? ''),
    queryFn: ({ signal }) =>
      api<OrderDetail>(`/orders/${encodeURIComponent(orderId ?? '')}`, { signal }),
    enabled: orderId !== null,
  })
}
