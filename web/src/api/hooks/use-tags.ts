import { useQuery } from '@tanstack/react-query'
import { api } from '../client'
import type { TagRef } from '../inbox-types'
import { queryKeys } from '../query-keys'
import type { Page } from '../types'
import { useCurrentMe } from './use-me'

/** Every tag of the workspace (for filters and the tag picker). */
export function useTags() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.tags(wsId),
    queryFn: ({ signal }) => api<Page<TagRef>>('/tags', { signal }),
    select: (page) => page.items,
  })
}
