import type { QueryClient } from '@tanstack/react-query'
import { customerKeys } from '../api/customers'
import { importKeys } from '../api/imports'
import { orderKeys } from '../api/orders'
import { queryKeys } from '../api/query-keys'
import { returnClockKeys } from '../api/return-clocks'
import type { LiveEvent } from '../api/types'

const DEBOUNCE_MS = 250
/** Inbox events flush sooner: a new customer message should show within a second. */
const INBOX_DEBOUNCE_MS = 100

/** Entity types whose changes may alter `Me` (workspace name, own role, abilities). */
const ME_AFFECTING = /workspace|member|user/i

/** Inbox events only touch conversation lists, counts, threads, search, agents' load and tags. */
const INBOX_EVENT = 'conversations.'
/**
 * Order events change orders, alerts and the order panels, plus customers' metrics; customer
 * events change the CRM, the order panel's customer card and the inbox's customer panel.
 */
const ORDER_EVENT = 'orders.'
const CUSTOMER_EVENT = 'customers.'

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
 * agents and tags; `orders.*` and `customers.*` refresh orders and the CRM (customers also the
 * inbox's customer panel); any other event refreshes every workspace query. Only active
 * queries refetch.
 */
export function createLiveInvalidator(client: QueryClient, workspaceId: string) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let importTimer: ReturnType<typeof setTimeout> | undefined
  let refreshMe = false
  let refreshInbox = false
  let refreshOrders = false
  let refreshCustomers = false
  let refreshEverything = false

  const flush = () => {
    timer = undefined
    if (refreshEverything) {
      void client.invalidateQueries({ queryKey: queryKeys.allWorkspaceData })
      void client.invalidateQueries({ queryKey: returnClockKeys.all })
    } else if (refreshInbox) {
      void client.invalidateQueries({ queryKey: queryKeys.inbox(workspaceId) })
      void client.invalidateQueries({ queryKey: queryKeys.agents(workspaceId) })
      void client.invalidateQueries({ queryKey: queryKeys.tags(workspaceId) })
    }
    if (!refreshEverything && (refreshOrders || refreshCustomers)) {
      void client.invalidateQueries({ queryKey: orderKeys.all(workspaceId) })
      void client.invalidateQueries({ queryKey: customerKeys.all(workspaceId) })
      if (refreshCustomers)
        void client.invalidateQueries({ queryKey: queryKeys.inbox(workspaceId) })
    }
    if (refreshMe) void client.invalidateQueries({ queryKey: queryKeys.me })
    refreshMe = false
    refreshInbox = false
    refreshOrders = false
    refreshCustomers = false
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
    /** Order alerts were raised or resolved: the navbar badge, the alerts strip, the lists. */
    orderAlerts() {
      void client.invalidateQueries({ queryKey: orderKeys.all(workspaceId) })
    },
    /** A return or complaint changed: every case view (lists, clocks, counts, the case page). */
    returnCases() {
      void client.invalidateQueries({ queryKey: returnClockKeys.all })
    },
    /** An import moved on: its progress bar and the runs table (at most every 250 ms). */
    importProgress() {
      if (importTimer !== undefined) return
      importTimer = setTimeout(() => {
        importTimer = undefined
        void client.invalidateQueries({ queryKey: importKeys.all(workspaceId) })
      }, DEBOUNCE_MS)
    },
    handle(data: unknown) {
      const event = parse(data)
      if (event?.name.startsWith(INBOX_EVENT)) refreshInbox = true
      else if (event?.name.startsWith(ORDER_EVENT)) refreshOrders = true
      else if (event?.name.startsWith(CUSTOMER_EVENT)) refreshCustomers = true
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
      clearTimeout(importTimer)
    },
  }
}
