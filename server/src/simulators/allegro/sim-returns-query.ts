import { intParam, SimRequestError } from './sim-params.js'
import { RETURN_STATUSES, type SimCustomerReturn } from './sim-returns-records.js'

type Query = Record<string, string | string[] | undefined>

/** "One or more" values: repeated parameters or comma-separated lists, both accepted. */
function values(query: Query, name: string): string[] | null {
  const raw = query[name]
  if (raw === undefined || raw === '') return null
  return [raw]
    .flat()
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
}

function single(query: Query, name: string): string | undefined {
  const value = query[name]
  if (Array.isArray(value)) throw new SimRequestError(400, name, `${name} must be given once`)
  return value === '' ? undefined : value
}

// The spec's only error for this list is 400 "Bad request".
function dateBound(query: Query, name: string): number | null {
  const value = single(query, name)
  if (value === undefined) return null
  const time = Date.parse(value)
  if (Number.isNaN(time) || !/^\d{4}-\d\d-\d\dT/.test(value)) {
    throw new SimRequestError(400, name, `${name} must be an ISO 8601 date-time`)
  }
  return time
}

const MATCHERS: Array<[string, (ret: SimCustomerReturn) => string[]]> = [
  ['customerReturnId', (r) => [r.id]],
  ['orderId', (r) => [r.orderId]],
  ['buyer.email', (r) => [r.buyerEmail]],
  ['buyer.login', (r) => [r.buyerLogin]],
  ['items.offerId', (r) => r.items.map((i) => i.offerId)],
  ['items.name', (r) => r.items.map((i) => i.name)],
  ['parcels.waybill', (r) => r.parcels.map((p) => p.waybill)],
  ['parcels.transportingWaybill', (r) => r.parcels.flatMap((p) => p.transportingWaybill ?? [])],
  ['parcels.carrierId', (r) => r.parcels.map((p) => p.carrierId)],
  ['parcels.transportingCarrierId', (r) => r.parcels.flatMap((p) => p.transportingCarrierId ?? [])],
  ['parcels.sender.phoneNumber', (r) => r.parcels.flatMap((p) => p.senderPhone ?? [])],
  ['referenceNumber', (r) => [r.referenceNumber]],
  ['marketplaceId', (r) => [r.marketplaceId]],
  ['status', (r) => [r.status]],
]

/**
 * Filters and pages a seller's returns as `GET /order/customer-returns` does: oldest first,
 * since `from` asks for "customer returns created after the given customer return".
 */
export function queryCustomerReturns(all: SimCustomerReturn[], query: Query) {
  const limit = intParam(single(query, 'limit'), 'limit', 1, 1000, 100)
  const offset = intParam(single(query, 'offset'), 'offset', 0, 1_000_000, 0)
  for (const status of values(query, 'status') ?? []) {
    if (!(RETURN_STATUSES as readonly string[]).includes(status)) {
      throw new SimRequestError(400, 'status', `Unknown status ${status}`)
    }
  }
  const gte = dateBound(query, 'createdAt.gte')
  const lte = dateBound(query, 'createdAt.lte')
  const wanted = MATCHERS.map(([name, of]) => ({ allowed: values(query, name), of }))
  const sorted = [...all].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  )
  const fromId = single(query, 'from')
  const fromIndex = fromId === undefined ? -1 : sorted.findIndex((r) => r.id === fromId)
  if (fromId !== undefined && fromIndex < 0) {
    throw new SimRequestError(400, 'from', `Unknown customer return ${fromId}`)
  }
  const matching = sorted
    .slice(fromIndex + 1)
    .filter(
      (ret) =>
        (gte === null || ret.createdAt.getTime() >= gte) &&
        (lte === null || ret.createdAt.getTime() <= lte) &&
        wanted.every(({ allowed, of }) => !allowed || of(ret).some((v) => allowed.includes(v))),
    )
  return matching.slice(offset, offset + limit)
}
