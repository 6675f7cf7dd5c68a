import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { Locale, Me } from '../types'

export interface Credentials {
  email: string
  password: string
}

export function useLogin() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Credentials) => api<Me>('/auth/login', { method: 'POST', body }),
    meta: { inlineError: true },
    onSuccess: (me) => {
      client.removeQueries({ queryKey: queryKeys.allWorkspaceData })
      client.setQueryData(queryKeys.me, me)
    },
  })
}

export function useLogout() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => api<null>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      // Signal "signed out" first so the auth guard unmounts the app, then drop cached data.
      client.setQueryData(queryKeys.me, null)
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] })
    },
  })
}

export function useSwitchWorkspace() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (workspaceId: string) =>
      api<Me>('/auth/switch-workspace', { method: 'POST', body: { workspaceId } }),
    onSuccess: (me) => client.setQueryData(queryKeys.me, me),
  })
}

export function useUpdateMe() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { name?: string; locale?: Locale }) =>
      api<Me>('/me', { method: 'PATCH', body }),
    onSuccess: (me) => client.setQueryData(queryKeys.me, me),
  })
}
