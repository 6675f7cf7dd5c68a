import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { Workspace } from '../types'
import { useCurrentMe } from './use-me'

export function useWorkspace() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.workspace(wsId),
    queryFn: () => api<Workspace>('/workspace'),
  })
}

export function useUpdateWorkspace() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (body: { name?: string; timezone?: string }) =>
      api<Workspace>('/workspace', { method: 'PATCH', body }),
    onSuccess: (workspace) => {
      client.setQueryData(queryKeys.workspace(wsId), workspace)
      void client.invalidateQueries({ queryKey: queryKeys.me })
    },
  })
}
