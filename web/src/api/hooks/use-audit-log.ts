import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { AuditPage } from '../types'
import { useCurrentMe } from './use-me'

const PAGE_SIZE = 50

export function useAuditLog() {
  const wsId = useCurrentMe().workspace.id
  return useInfiniteQuery({
    queryKey: queryKeys.auditLog(wsId),
    queryFn: ({ pageParam, signal }) =>
      api<AuditPage>('/workspace/audit-log', {
        query: { limit: PAGE_SIZE, before: pageParam },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  })
}
