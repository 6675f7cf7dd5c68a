import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelAccount, ChannelAccountInput } from '../channel-types'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { Page } from '../types'
import { useCurrentMe } from './use-me'

export const accountPath = (id: string, rest = '') =>
  `/channel-accounts/${encodeURIComponent(id)}${rest}`

/** The workspace's channel accounts with settings, SLA targets and sync health. */
export function useChannelAccounts(enabled = true) {
  const wsId = useCurrentMe().workspace.id
  return useQuery({
    queryKey: queryKeys.channelAccounts(wsId),
    queryFn: ({ signal }) => api<Page<ChannelAccount>>('/channel-accounts', { signal }),
    select: (page) => page.items,
    enabled,
  })
}

function useAccountsMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.channelAccounts(wsId) })
      void client.invalidateQueries({ queryKey: queryKeys.conversationCounts(wsId) })
    },
  })
}

/** Creates a channel account. */
export function useCreateChannelAccount() {
  return useAccountsMutation((body: ChannelAccountInput) =>
    api<ChannelAccount>('/channel-accounts', { method: 'POST', body }),
  )
}

/** Changes a channel account (credentials are merged; only filled-in ones are sent). */
export function useUpdateChannelAccount() {
  return useAccountsMutation((vars: { id: string; body: ChannelAccountInput }) =>
    api<ChannelAccount>(accountPath(vars.id), { method: 'PATCH', body: vars.body }),
  )
}

/** Deletes a channel account (its conversations stay). */
export function useDeleteChannelAccount() {
  return useAccountsMutation((id: string) => api<null>(accountPath(id), { method: 'DELETE' }))
}

/** Checks an account's credentials and reachability. */
export function useTestChannelAccount() {
  return useAccountsMutation((id: string) =>
    api<{ ok: boolean }>(accountPath(id, '/test'), { method: 'POST' }),
  )
}

/** Queues a pull of new messages now. */
export function useSyncChannelAccount() {
  return useAccountsMutation((id: string) =>
    api<null>(accountPath(id, '/sync'), { method: 'POST' }),
  )
}
