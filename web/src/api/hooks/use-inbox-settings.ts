import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import type { InboxSettings } from '../inbox-types'
import { queryKeys } from '../query-keys'
import { useCurrentMe } from './use-me'

/** Business hours and the SLA at-risk ratio of the workspace. */
export function useInboxSettings() {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.inboxSettings(wsId),
    queryFn: ({ signal }) => api<InboxSettings>('/inbox-settings', { signal }),
  })
}

/** Saves business hours and the at-risk ratio. */
export function useSaveInboxSettings() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (body: InboxSettings) =>
      api<InboxSettings>('/inbox-settings', { method: 'PUT', body }),
    onSuccess: (saved) => {
      if (saved) client.setQueryData(queryKeys.inboxSettings(wsId), saved)
    },
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.inboxSettings(wsId) }),
  })
}
