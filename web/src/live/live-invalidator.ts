import type { QueryClient } from '@tanstack/react-query'
import { queryKeys } from '../api/query-keys'
import type { LiveEvent } from '../api/types'

const DEBOUNCE_MS = 250

/** Entity types whose changes may alter `Me` (workspace name, own role, abilities). */
const ME_AFFECTING = /workspace|member|user/i

function parse(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null
  try {
    const value = JSON.parse(data) as Partial<LiveEvent>
    return typeof value.name === 'string' ? (value as LiveEvent) : null
  } catch {
    return null
  }
}

/**
 * Turns live `event` messages into query invalidations. Bursts are coalesced: every workspace
 * list (members, invitations, tokens, audit log…) is refreshed once; only active queries refetch.
 */
export function createLiveInvalidator(client: QueryClient) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let refreshMe = false

  const flush = () => {
    timer = undefined
    void client.invalidateQueries({ queryKey: queryKeys.allWorkspaceData })
    if (refreshMe) void client.invalidateQueries({ queryKey: queryKeys.me })
    refreshMe = false
  }

  const schedule = () => {
    if (timer === undefined) timer = setTimeout(flush, DEBOUNCE_MS)
  }

  return {
    handle(data: unknown) {
      const event = parse(data)
      if (event && ME_AFFECTING.test(`${event.entityType} ${event.name}`)) refreshMe = true
      schedule()
    },
    /** After a reconnect: anything may have changed meanwhile. */
    refreshAll() {
      refreshMe = true
      schedule()
    },
    /** After the stream is refused, check whether the session is still valid. */
    sessionCheck() {
      void client.invalidateQueries({ queryKey: queryKeys.me })
    },
    dispose() {
      clearTimeout(timer)
    },
  }
}
