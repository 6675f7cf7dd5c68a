import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { Me, PublicInvitation } from '../types'

const path = (token: string) => `/invitations/${encodeURIComponent(token)}`

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: queryKeys.publicInvitation(token),
    queryFn: () => api<PublicInvitation>(path(token)),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function useAcceptInvitation(token: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { name?: string; password: string }) =>
      api<Me>(`${path(token)}/accept`, { method: 'POST', body }),
    meta: { inlineError: true },
    onSuccess: (me) => {
      client.removeQueries({ queryKey: queryKeys.allWorkspaceData })
      client.setQueryData(queryKeys.me, me)
    },
  })
}
