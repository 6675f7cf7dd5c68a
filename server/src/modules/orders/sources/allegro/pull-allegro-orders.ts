import { AllegroApiError } from '../../../channels/allegro/allegro-errors.js'
import type { NormalizedOrder } from '../../contract.js'
import {
  type AllegroOrderCursor,
  formatOrderCursor,
  parseOrderCursor,
} from './allegro-order-cursor.js'
import type { AllegroCheckoutForm } from './allegro-order-types.js'
import {
  type AllegroCaller,
  getCheckoutForm,
  latestOrderEventId,
  listCheckoutFormShipments,
  listCheckoutForms,
  readOrderEvents,
} from './allegro-orders-api.js'
import { mapAllegroShipments, mapCheckoutForm } from './map-checkout-form.js'

/** How much one call reads, for which account, and how far back the first sync reaches. */
export interface PullAllegroOrdersOptions {
  /** Forms (≤ 100) per backfill page or events (≤ 1000) per journal page; default 100. */
  pageSize?: number
  channelAccountId?: string | null
  /** Days of history the first sync imports; default 90. */
  historyDays?: number
  now?: () => Date
}

/** One step of a sync: orders to upsert, the cursor to store after them, and whether to stop. */
export interface AllegroOrdersPage {
  orders: NormalizedOrder[]
  nextCursor: string | null
  done: boolean
}

type Backfill = Extract<AllegroOrderCursor, { phase: 'backfill' }>
const DAY = 86_400_000

async function normalise(client: AllegroCaller, form: AllegroCheckoutForm, account: string | null) {
  const order = mapCheckoutForm(form, { channelAccountId: account })
  // The summary says when no tracking number exists, which spares a request per fresh order.
  if (form.fulfillment?.shipmentSummary?.lineItemsSent === 'NONE') return order
  return {
    ...order,
    shipments: mapAllegroShipments(await listCheckoutFormShipments(client, form.id)),
  }
}

/** What `lineItems.boughtAt` filters and sorts compare: the latest line item's purchase. */
function boughtAtOf(form: AllegroCheckoutForm): number {
  return Math.max(...form.lineItems.map((item) => Date.parse(item.boughtAt ?? '')))
}

async function backfillPage(
  client: AllegroCaller,
  at: Backfill,
  options: PullAllegroOrdersOptions,
) {
  const limit = Math.min(options.pageSize ?? 100, 100)
  const query = {
    'updatedAt.gte': at.updatedFrom,
    'lineItems.boughtAt.gte': at.boughtFrom ?? undefined,
    sort: 'lineItems.boughtAt',
    offset: at.skip,
    limit,
  }
  const forms = (await listCheckoutForms(client, query)).checkoutForms ?? []
  const orders: NormalizedOrder[] = []
  for (const form of forms)
    orders.push(await normalise(client, form, options.channelAccountId ?? null))
  if (forms.length < limit) {
    return {
      orders,
      nextCursor: formatOrderCursor({ phase: 'events', fromEventId: at.resumeEventId }),
      done: false,
    }
  }
  // Keyset paging on the purchase time, which never changes: a form updated meanwhile keeps its
  // place (an update to an older form can only add it to the window, which repeats a form but
  // never skips one), and `skip` counts only the forms already returned at the last instant.
  const last = boughtAtOf(forms.at(-1)!)
  if (Number.isNaN(last)) throw new Error('Allegro checkout form without boughtAt')
  const sameInstant = forms.filter((form) => boughtAtOf(form) === last).length
  const continuing = at.boughtFrom !== null && Date.parse(at.boughtFrom) === last
  const skip = continuing ? at.skip + forms.length : sameInstant
  const boughtFrom = new Date(last).toISOString()
  return { orders, nextCursor: formatOrderCursor({ ...at, boughtFrom, skip }), done: false }
}

async function eventsPage(
  client: AllegroCaller,
  from: string | null,
  options: PullAllegroOrdersOptions,
) {
  const limit = Math.min(options.pageSize ?? 100, 1000)
  const events = await readOrderEvents(client, from, limit)
  const cursor = formatOrderCursor({ phase: 'events', fromEventId: from })
  if (events.length === 0) return { orders: [], nextCursor: cursor, done: true }
  // Several events of one form in a page need one read: the form holds the current state.
  const ids = [...new Set(events.flatMap((event) => event.order.checkoutForm?.id ?? []))]
  const orders: NormalizedOrder[] = []
  for (const id of ids) {
    const form = await getCheckoutForm(client, id).catch((error: unknown) => {
      if (error instanceof AllegroApiError && error.status === 404) return null
      throw error
    })
    if (form) orders.push(await normalise(client, form, options.channelAccountId ?? null))
  }
  return { orders, nextCursor: events.at(-1)!.id, done: events.length < limit }
}

/**
 * Reads one page of a seller's orders. The first sync (null cursor) notes the newest event id,
 * then imports forms updated in the last `historyDays` through `/order/checkout-forms`, since the
 * event journal only keeps 60 days (developer.allegro.pl, orders tutorial); it then reads events
 * from the noted id, so changes made during the import are not missed. Later calls read events
 * after the cursor and return each touched form once, in its current state, with its tracking
 * numbers. The cursor only moves past orders this call returns, so replaying an old cursor yields
 * the same orders again: upserts downstream must be idempotent (they are, by external id).
 */
export async function pullAllegroOrders(
  client: AllegroCaller,
  cursor: string | null,
  options: PullAllegroOrdersOptions = {},
): Promise<AllegroOrdersPage> {
  const at = parseOrderCursor(cursor)
  if (at.phase === 'events') return eventsPage(client, at.fromEventId, options)
  if (at.phase === 'backfill') return backfillPage(client, at, options)
  const resumeEventId = await latestOrderEventId(client)
  const now = (options.now ?? (() => new Date()))().getTime()
  const updatedFrom = new Date(now - (options.historyDays ?? 90) * DAY).toISOString()
  const start = {
    phase: 'backfill',
    resumeEventId,
    updatedFrom,
    boughtFrom: null,
    skip: 0,
  } as const
  return backfillPage(client, start, options)
}
