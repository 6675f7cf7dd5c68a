import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { ApiToken, CreatedApiToken, Page, Role } from '../types'
import { useCurrentMe } from './use-me'

export interface NewApiToken {
  name: string
  role?: Role
  expiresInDays?: number
}

export function useApiTokens(enabled = true) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.apiTokens(wsId),
    queryFn: () => api<Page<ApiToken>>('/workspace/api-tokens'),
    select: (page) => page.items,
    enabled,
  })
}

function useInvalidateTokens() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return () => client.invalidateQueries({ queryKey: queryKeys.apiTokens(wsId) })
}

export function useCreateApiToken() {
  const invalidate = useInvalidateTokens()
  return useMutation({
    mutationFn: (body: NewApiToken) =>
      api<CreatedApiToken>('/workspace/api-tokens', { method: 'POST', body }),
    onSettled: invalidate,
  })
}

export function useRevokeApiToken() {
  const invalidate = useInvalidateTokens()
  return useMutation({
    mutationFn: (id: string) =>
      api<null>(`/workspace/api-tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: invalidate,
  })
}
