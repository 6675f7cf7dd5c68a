import { lineItemsSent } from './sim-order-presenters.js'
import { FORM_STATUSES, FULFILLMENT_STATUSES, type SimOrder } from './sim-order-records.js'
import { intParam, SimRequestError } from './sim-params.js'

type Query = Record<string, string | string[] | undefined>

const SORTS = ['lineItems.boughtAt', '-lineItems.boughtAt', 'updatedAt', '-updatedAt'] as const

/** One page of `GET /order/checkout-forms` and the total before paging. */
export interface CheckoutFormPage {
  orders: SimOrder[]
  totalCount: number
}

/** A single-valued query parameter; repeated ones are refused like Allegro's illegal values. */
function single(query: Query, name: string): string | undefined {
  const value = query[name]
  if (Array.isArray(value)) throw new SimRequestError(400, name, `${name} must be given once`)
  return value === '' ? undefined : value
}

function enumParam<T extends string>(query: Query, name: string, allowed: readonly T[]) {
  const value = single(query, name)
  if (value !== undefined && !allowed.includes(value as T)) {
    throw new SimRequestError(400, name, `${name} must be one of ${allowed.join(', ')}`)
  }
  return value as T | undefined
}

// The spec answers 400 for "request parameters [that] contain illegal values".
function dateFilter(query: Query, name: string): number | null {
  const value = single(query, name)
  if (value === undefined) return null
  const time = Date.parse(value)
  if (Number.isNaN(time) || !/^\d{4}-\d\d-\d\dT/.test(value)) {
    throw new SimRequestError(400, name, `${name} must be an ISO 8601 date-time`)
  }
  return time
}

/** The latest line item's purchase time: what the boughtAt filters and sort compare. */
const boughtAtOf = (order: SimOrder) =>
  Math.max(...order.lineItems.map((item) => item.boughtAt.getTime()))

/** Filters, sorts and pages a seller's forms as `GET /order/checkout-forms` does. */
export function queryCheckoutForms(orders: SimOrder[], query: Query): CheckoutFormPage {
  const offset = intParam(single(query, 'offset'), 'offset', 0, 1_000_000, 0)
  const limit = intParam(single(query, 'limit'), 'limit', 1, 100, 100)
  const status = enumParam(query, 'status', FORM_STATUSES)
  const fulfillment = enumParam(query, 'fulfillment.status', FULFILLMENT_STATUSES)
  const sent = enumParam(query, 'fulfillment.shipmentSummary.lineItemsSent', [
    'NONE',
    'SOME',
    'ALL',
  ])
  const provider = enumParam(query, 'fulfillment.provider.id', ['SELLER', 'ALLEGRO'])
  const sort = enumParam(query, 'sort', SORTS) ?? '-lineItems.boughtAt'
  const exact: Array<[string, (order: SimOrder) => string]> = [
    ['buyer.login', (o) => o.buyer.login],
    ['marketplace.id', (o) => o.marketplaceId],
    ['payment.id', (o) => o.payment.id],
    ['delivery.method.id', (o) => o.delivery.methodId],
  ]
  const ranges: Array<[string, (order: SimOrder) => number, 'gte' | 'lte']> = [
    ['lineItems.boughtAt.gte', boughtAtOf, 'gte'],
    ['lineItems.boughtAt.lte', boughtAtOf, 'lte'],
    ['updatedAt.gte', (o) => o.updatedAt.getTime(), 'gte'],
    ['updatedAt.lte', (o) => o.updatedAt.getTime(), 'lte'],
  ]
  const bounds = ranges.map(([name, of, side]) => ({ bound: dateFilter(query, name), of, side }))
  const wanted = exact.map(([name, of]) => ({ value: single(query, name), of }))
  const matching = orders.filter(
    (order) =>
      (!status || order.status === status) &&
      (!fulfillment || order.fulfillmentStatus === fulfillment) &&
      (!sent || lineItemsSent(order) === sent) &&
      provider !== 'ALLEGRO' &&
      wanted.every(({ value, of }) => value === undefined || of(order) === value) &&
      bounds.every(({ bound, of, side }) =>
        bound === null ? true : side === 'gte' ? of(order) >= bound : of(order) <= bound,
      ),
  )
  const key = sort.endsWith('updatedAt') ? (o: SimOrder) => o.updatedAt.getTime() : boughtAtOf
  const direction = sort.startsWith('-') ? -1 : 1
  // Ties break by id so that offset paging over equal timestamps is stable.
  matching.sort((a, b) => direction * (key(a) - key(b)) || a.id.localeCompare(b.id))
  return { orders: matching.slice(offset, offset + limit), totalCount: matching.length }
}
