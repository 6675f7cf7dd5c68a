import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { showApiError } from '../lib/notify'
import { isApiError, isUnauthenticated } from './api-error'
import { queryKeys } from './query-keys'

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { inlineError?: boolean }
    queryMeta: { inlineError?: boolean }
  }
}

/** A 401 anywhere means the session is gone: clear `me`, and the auth guard redirects to /login. */
function handleUnauthenticated(client: QueryClient, error: unknown): boolean {
  if (!isUnauthenticated(error)) return false
  if (client.getQueryData(queryKeys.me)) client.setQueryData(queryKeys.me, null)
  return true
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        handleUnauthenticated(client, error)
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.meta?.inlineError) return
        if (handleUnauthenticated(client, error)) return
        showApiError(error)
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false
          return count < 2
        },
      },
    },
  })
  return client
}
