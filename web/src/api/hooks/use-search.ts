import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../client'
import type { SearchResult } from '../inbox-types'
import { queryKeys } from '../query-keys'
import { useCurrentMe } from './use-me'

export const MIN_SEARCH_LENGTH = 2

/** Full-text search over conversations and customers; idle until `q` has two characters. */
export function useSearch(q: string) {
  const wsId = useCurrentMe().workspace.id
  const term = q.trim().slice(0, 200)
  return useQuery({
    queryKey: queryKeys.search(wsId, term),
    queryFn: ({ signal }) => api<SearchResult>('/search', { query: { q: term }, signal }),
    enabled: term.length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  })
}
