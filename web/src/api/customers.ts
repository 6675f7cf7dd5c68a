import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { api } from './client'
import type {
  CustomerFilter,
  CustomerPage,
  CustomerProfile,
  CustomerTimelineItem,
  SavedFilter,
  SegmentSummary,
} from './customer-types'
import { useCurrentMe } from './hooks/use-me'
import type { Page } from './types'

const PAGE_SIZE = 50

/** Query keys of the CRM; all under `['ws', id, 'customers']`. */
export const customerKeys = {
  all: (ws: string) => ['ws', ws, 'customers'] as const,
  list: (ws: string, filter: object) => ['ws', ws, 'customers', 'list', filter] as const,
  profile: (ws: string, id: string) => ['ws', ws, 'customers', 'profile', id] as const,
  timeline: (ws: string, id: string) => ['ws', ws, 'customers', 'timeline', id] as const,
  segments: (ws: string) => ['ws', ws, 'customers', 'segments'] as const,
  savedFilters: (ws: string) => ['ws', ws, 'customers', 'saved-filters'] as const,
}

/**
 * The list's query string. Lists repeat their key (`segments=vip&segments=loyal`), which the
 * server reads as an array (Ajv `coerceTypes: 'array'`).
 */
export function customerListQuery(
  filter: CustomerFilter,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...filter, ...extra })) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item))
    else params.set(key, String(value))
  }
  return params.toString()
}

/** Customers matching a filter (and optionally a saved filter), latest buyers first. */
export function useCustomers(filter: CustomerFilter, savedFilterId?: string) {
  const wsId = useCurrentMe().workspace.id
  return useInfiniteQuery({
    queryKey: customerKeys.list(wsId, { ...filter, savedFilterId }),
    queryFn: ({ pageParam, signal }) =>
      api<CustomerPage>(
        `/customers?${customerListQuery(filter, {
          savedFilterId,
          cursor: pageParam ?? undefined,
          limit: String(PAGE_SIZE),
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })
}

/** One customer's profile: contact, identities, tags, notes, consents, metrics, suggestions. */
export function useCustomer(id: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: customerKeys.profile(wsId, id),
    queryFn: ({ signal }) =>
      api<CustomerProfile>(`/customers/${encodeURIComponent(id)}`, { signal }),
  })
}

/** The customer's orders and conversations, newest first. */
export function useCustomerTimeline(id: string) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: customerKeys.timeline(wsId, id),
    queryFn: ({ signal }) =>
      api<Page<CustomerTimelineItem>>(`/customers/${encodeURIComponent(id)}/timeline`, {
        signal,
      }),
    select: (page) => page.items,
  })
}

/** Every segment with its labels, rule and customer count. */
export function useSegmentSummaries() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: customerKeys.segments(wsId),
    queryFn: ({ signal }) => api<Page<SegmentSummary>>('/customers/segments', { signal }),
    select: (page) => page.items,
  })
}

/** The workspace's saved customer filters. */
export function useSavedFilters() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: customerKeys.savedFilters(wsId),
    queryFn: ({ signal }) => api<Page<SavedFilter>>('/customers/saved-filters', { signal }),
    select: (page) => page.items,
  })
}

/** Saves the current filter under a name. */
export function useCreateSavedFilter() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (body: { name: string; filter: CustomerFilter }) =>
      api<SavedFilter>('/customers/saved-filters', { method: 'POST', body }),
    onSettled: () => void client.invalidateQueries({ queryKey: customerKeys.savedFilters(wsId) }),
  })
}

/** Deletes a saved filter. */
export function useDeleteSavedFilter() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/customers/saved-filters/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => void client.invalidateQueries({ queryKey: customerKeys.savedFilters(wsId) }),
  })
}
