import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DeviceFlow, DeviceFlowStatus } from '../channel-types'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import { accountPath } from './use-channel-accounts'
import { useCurrentMe } from './use-me'

/** Starts Allegro's device flow for an account (user code + verification link). */
export function useStartDeviceFlow() {
  return useMutation({
    mutationFn: (id: string) =>
      api<DeviceFlow>(accountPath(id, '/allegro/device-flow'), { method: 'POST' }),
    meta: { inlineError: true },
  })
}

/** Asks once whether the seller approved the device flow; approval refreshes the accounts. */
export function usePollDeviceFlow() {
  const client = useQueryClient()
  const wsId = useCurrentMe().workspace.id
  return useMutation({
    mutationFn: (id: string) =>
      api<{ status: DeviceFlowStatus }>(accountPath(id, '/allegro/device-flow/poll'), {
        method: 'POST',
      }),
    meta: { inlineError: true },
    onSuccess: (result) => {
      if (result.status === 'approved')
        void client.invalidateQueries({ queryKey: queryKeys.channelAccounts(wsId) })
    },
  })
}

/** Gets the Allegro authorization-code URL to open in this tab. */
export function useAllegroAuthorizeUrl() {
  return useMutation({
    mutationFn: (vars: { id: string; redirectUri: string }) =>
      api<{ url: string }>(accountPath(vars.id, '/allegro/authorize-url'), {
        query: { redirectUri: vars.redirectUri },
      }),
  })
}
