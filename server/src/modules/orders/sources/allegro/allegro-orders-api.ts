import type { AllegroHttp } from '../../../channels/allegro/allegro-http.js'
import type {
  AllegroCheckoutForm,
  AllegroCheckoutFormsPage,
  AllegroOrderEvent,
  AllegroShipment,
} from './allegro-order-types.js'

/** Anything carrying Allegro's HTTP client: an `AllegroClient`, or `{ http }` in tests. */
export interface AllegroCaller {
  http: Pick<AllegroHttp, 'json'>
}

/** Filters of `GET /order/checkout-forms`, under the spec's dotted names. */
export type CheckoutFormsQuery = Record<string, string | number | undefined>

const segment = (value: string) => encodeURIComponent(value)

/** GET /order/events: up to `limit` (≤ 1000) events after `fromEventId`, oldest first. */
export async function readOrderEvents(
  client: AllegroCaller,
  fromEventId: string | null,
  limit = 100,
): Promise<AllegroOrderEvent[]> {
  const query = { from: fromEventId ?? undefined, limit }
  const page = await client.http.json<{ events?: AllegroOrderEvent[] }>({
    method: 'GET',
    path: '/order/events',
    query,
  })
  return page?.events ?? []
}

/** GET /order/event-stats: the id of the seller's newest order event, null before the first. */
export async function latestOrderEventId(client: AllegroCaller): Promise<string | null> {
  const stats = await client.http.json<{ latestEvent?: { id: string } | null }>({
    method: 'GET',
    path: '/order/event-stats',
  })
  return stats?.latestEvent?.id ?? null
}

/** GET /order/checkout-forms/{id}. */
export function getCheckoutForm(client: AllegroCaller, id: string): Promise<AllegroCheckoutForm> {
  return client.http.json({ method: 'GET', path: `/order/checkout-forms/${segment(id)}` })
}

/** GET /order/checkout-forms: one page (limit ≤ 100) of the seller's forms. */
export function listCheckoutForms(
  client: AllegroCaller,
  query: CheckoutFormsQuery,
): Promise<AllegroCheckoutFormsPage> {
  return client.http.json({ method: 'GET', path: '/order/checkout-forms', query })
}

/** GET /order/checkout-forms/{id}/shipments: every tracking number on the order. */
export async function listCheckoutFormShipments(
  client: AllegroCaller,
  id: string,
): Promise<AllegroShipment[]> {
  const path = `/order/checkout-forms/${segment(id)}/shipments`
  const body = await client.http.json<{ shipments?: AllegroShipment[] }>({ method: 'GET', path })
  return body?.shipments ?? []
}
