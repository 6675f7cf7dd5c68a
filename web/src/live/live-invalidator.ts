import type { QueryClient } from '@tanstack/react-query'
import { queryKeys } from '../api/query-keys'
import type { LiveEvent } from '../api/types'

const DEBOUNCE_MS = 250
/** Inbox events flush sooner: a new customer message should show within a second. */
const INBOX_DEBOUNCE_MS = 100

/** Entity types whose changes may alter `Me` (workspace name, own role, abilities). */
const ME_AFFECTING = /workspace|member|user/i

/** Inbox events only touch conversation lists, counts, threads, search, agents' load and tags. */
const INBOX_EVENT = 'conversations.'

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
 * Turns live `event` messages into query invalidations. Bursts are coalesced: `conversations.*`
 * events refresh the inbox queries (lists, counts, open conversation and thread, search) plus
 * agents and tags; any other event refreshes every workspace query. Only active queries refetch.
 */
export function createLiveInvalidator(client: QueryClient, workspaceId: string) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let refreshMe = false
  let refreshInbox = false
  let refreshEverything = false

  const flush = () => {
    timer = undefined
    if (refreshEverything) {
      void client.invalidateQueries({ queryKey: queryKeys.allWorkspaceData })
    } else if (refreshInbox) {
      void client.invalidateQueries({ queryKey: queryKeys.inbox(workspaceId) })
      void client.invalidateQueries({ queryKey: queryKeys.agents(workspaceId) })
      void client.invalidateQueries({ queryKey: queryKeys.tags(workspaceId) })
    }
    if (refreshMe) void client.invalidateQueries({ queryKey: queryKeys.me })
    refreshMe = false
    refreshInbox = false
    refreshEverything = false
  }

  const schedule = (delay = DEBOUNCE_MS) => {
    if (timer === undefined) timer = setTimeout(flush, delay)
  }

  return {
    /** A channel account synced or failed: its health card should show it. */
    channelHealth() {
      void client.invalidateQueries({ queryKey: queryKeys.channelAccounts(workspaceId) })
    },
    handle(data: unknown) {
      const event = parse(data)
      if (event?.name.startsWith(INBOX_EVENT)) refreshInbox = true
      else refreshEverything = true
      if (event && ME_AFFECTING.test(`${event.entityType} ${event.name}`)) refreshMe = true
      schedule(refreshEverything ? DEBOUNCE_MS : INBOX_DEBOUNCE_MS)
    },
    /** After a reconnect: anything may have changed meanwhile. */
    refreshAll() {
      refreshMe = true
      refreshEverything = true
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
