import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import type { Team } from '../inbox-types'
import { queryKeys } from '../query-keys'
import type { Page } from '../types'
import { useCurrentMe } from './use-me'

/** The workspace's teams with their member ids. */
export function useTeams() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.teams(wsId),
    queryFn: ({ signal }) => api<Page<Team>>('/teams', { signal }),
    select: (page) => page.items,
  })
}

function useTeamsMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: fn,
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.teams(wsId) }),
  })
}

/** Creates a team. */
export function useCreateTeam() {
  return useTeamsMutation((body: { name: string; memberIds?: string[] }) =>
    api<Team>('/teams', { method: 'POST', body }),
  )
}

/** Replaces a team's members. */
export function useSetTeamMembers() {
  return useTeamsMutation((vars: { id: string; memberIds: string[] }) =>
    api<Team>(`/teams/${encodeURIComponent(vars.id)}/members`, {
      method: 'PUT',
      body: { memberIds: vars.memberIds },
    }),
  )
}

/** Deletes a team. */
export function useDeleteTeam() {
  return useTeamsMutation((id: string) =>
    api<null>(`/teams/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  )
}
