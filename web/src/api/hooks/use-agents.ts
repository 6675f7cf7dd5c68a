import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import type { Agent } from '../inbox-types'
import { queryKeys } from '../query-keys'
import type { Page } from '../types'
import { useCurrentMe } from './use-me'

/** Members who can take conversations, with capacity, availability and open load. */
export function useAgents() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.agents(wsId),
    queryFn: ({ signal }) => api<Page<Agent>>('/agents', { signal }),
    select: (page) => page.items,
  })
}

/** Sets an agent's capacity (admins) or availability (admins or the agent). */
export function useUpdateAgent() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (vars: { userId: string; capacity?: number | null; available?: boolean }) => {
      const { userId, ...body } = vars
      return api<Agent>(`/agents/${encodeURIComponent(userId)}`, { method: 'PATCH', body })
    },
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.agents(wsId) }),
  })
}
