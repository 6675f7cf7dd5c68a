import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { CreatedInvitation, Invitation, Page, Role } from '../types'
import { useCurrentMe } from './use-me'

export function useInvitations() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.invitations(wsId),
    queryFn: () => api<Page<Invitation>>('/workspace/invitations'),
    select: (page) => page.items,
  })
}

function useInvalidateInvitations() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return () => client.invalidateQueries({ queryKey: queryKeys.invitations(wsId) })
}

export function useCreateInvitation() {
  const invalidate = useInvalidateInvitations()
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      api<CreatedInvitation>('/workspace/invitations', { method: 'POST', body }),
    onSettled: invalidate,
  })
}

export function useRevokeInvitation() {
  const invalidate = useInvalidateInvitations()
  return useMutation({
    mutationFn: (id: string) =>
      api<null>(`/workspace/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: invalidate,
  })
}
