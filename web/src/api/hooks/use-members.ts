import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { Member, Page, Role } from '../types'
import { useCurrentMe } from './use-me'

export function useMembers() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.members(wsId),
    queryFn: () => api<Page<Member>>('/workspace/members'),
    select: (page) => page.items,
  })
}

function useMembersMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.members(wsId) })
      void client.invalidateQueries({ queryKey: queryKeys.me })
    },
  })
}

export function useChangeMemberRole() {
  return useMembersMutation((vars: { userId: string; role: Role }) =>
    api<Member>(`/workspace/members/${encodeURIComponent(vars.userId)}`, {
      method: 'PATCH',
      body: { role: vars.role },
    }),
  )
}

export function useRemoveMember() {
  return useMembersMutation((userId: string) =>
    api<null>(`/workspace/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
  )
}
