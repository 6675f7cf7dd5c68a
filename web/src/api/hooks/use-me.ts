import { useQuery } from '@tanstack/react-query'
import { isUnauthenticated } from '../api-error'
import { api } from '../client'
import { queryKeys } from '../query-keys'
import type { Me } from '../types'

/** `null` means "not signed in" (the API answered 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/me')
  } catch (error) {
    if (isUnauthenticated(error)) return null
    throw error
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 })
}

/** For components rendered inside the auth guard, where `me` is known to be loaded. */
export function useCurrentMe(): Me {
  const { data } = useMe()
  if (!data) throw new Error('useCurrentMe used outside of the authenticated area')
  return data
}
