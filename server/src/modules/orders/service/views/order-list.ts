import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import { badRequest } from '../../../../platform/http/errors.js'
import type { CarrierCode, OrderStatus, TrackingStatus } from '../../contract.js'
import { carrierLabel, trackingUrl } from '../../rules/carriers/index.js'

/** An order as lists and side panels show it. */
export interface OrderListItem {
  id: string
  number: string
  externalId: string
  marketplace: string
  source: string
  status: OrderStatus
  placedAt: Date
  shipBy: Date | null
  totalMinor: number
  currency: string
  buyer: { name: string | null; email: string | null; login: string | null }
  customerId: string | null
  itemsCount: number
  shipment: {
    carrier: CarrierCode | null
    carrierLabel: string | null
    trackingNumber: string
    status: TrackingStatus | null
    trackingUrl: string | null
  } | null
  openAlerts: { kind: string; detail: string }[]
  trackingUrl: string
}

/** Filters of the orders list. */
export interface OrderFilter {
  q?: string
  status?: OrderStatus
  marketplace?: string
  customerId?: string
  hasAlert?: boolean
  /** Orders whose number or external id is one of these (the conversation panel). */
  numbers?: string[]
}

const encodeCursor = (placedAt: Date, id: string) =>
  Buffer.from(`${placedAt.toISOString()}|${id}`).toString('base64url')

function decodeCursor(cursor: string): { placedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const placedAt = new Date(at ?? '')
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(placedAt.getTime()))
    throw badRequest('invalid_cursor', 'cursor is not one this API returned')
  return { placedAt, id }
}

/** Orders newest first with their latest parcel and open alerts, in two queries per page. */
export async function listOrders(
  ctx: ServiceContext,
  filter: OrderFilter,
  page: { cursor?: string; limit: number },
): Promise<{ items: OrderListItem[]; nextCursor: string | null }> {
  let query = ctx.trx
    .selectFrom('orders as o')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('shipments as s')
          .select(['s.carrier', 's.trackingNumber', 's.status'])
          .whereRef('s.orderId', '=', 'o.id')
          .orderBy('s.createdAt', 'desc')
          .limit(1)
          .as('s'),
      (join) => join.onTrue(),
    )
    .select([
      'o.id',
      'o.number',
      'o.externalId',
      'o.marketplace',
      'o.source',
      'o.status',
      'o.placedAt',
      'o.shipBy',
      'o.totalMinor',
      'o.currency',
      'o.buyerName',
      'o.buyerEmail',
      'o.buyerLogin',
      'o.customerId',
      'o.trackingToken',
      's.carrier',
      's.trackingNumber',
      's.status as shipmentStatus',
      sql<number>`(select count(*)::int from order_items i where i.order_id = o.id)`.as(
        'itemsCount',
      ),
    ])
    .orderBy('o.placedAt', 'desc')
    .orderBy('o.id', 'desc')
    .limit(page.limit + 1)
  if (filter.status) query = query.where('o.status', '=', filter.status)
  if (filter.marketplace) query = query.where('o.marketplace', '=', filter.marketplace as never)
  if (filter.customerId) query = query.where('o.customerId', '=', filter.customerId)
  if (filter.numbers)
    query = query.where((eb) =>
      eb.or([
        eb('o.number', 'in', filter.numbers ?? []),
        eb('o.externalId', 'in', filter.numbers ?? []),
      ]),
    )
  if (filter.hasAlert)
    query = query.where(
      sql<boolean>`exists (select 1 from order_alerts a where a.order_id = o.id and a.resolved_at is null)`,
    )
  if (filter.q?.trim()) {
    const q = filter.q.trim()
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    query = query.where((eb) =>
      eb.or([
        eb('o.number', '=', q),
        eb('o.externalId', '=', q),
        eb('o.buyerEmail', '=', q),
        eb('o.buyerName', 'ilike', like),
        eb('o.buyerLogin', 'ilike', like),
        eb('s.trackingNumber', '=', q.replace(/\s+/g, '').toUpperCase()),
      ]),
    )
  }
  if (page.cursor) {
    const c = decodeCursor(page.cursor)
    query = query.where((eb) =>
      eb.or([
        eb('o.placedAt', '<', c.placedAt),
        eb.and([eb('o.placedAt', '=', c.placedAt), eb('o.id', '<', c.id)]),
      ]),
    )
  }
  const rows = await query.execute()
  const more = rows.length > page.limit
  const pageRows = rows.slice(0, page.limit)
  const alerts = await openAlertsOf(
    ctx,
    pageRows.map((r) => r.id),
  )
  const items = pageRows.map(
    (r): OrderListItem => ({
      id: r.id,
      number: r.number,
      externalId: r.externalId,
      marketplace: r.marketplace,
      source: r.source,
      status: r.status,
      placedAt: r.placedAt,
      shipBy: r.shipBy,
      totalMinor: Number(r.totalMinor),
      currency: r.currency,
      buyer: { name: r.buyerName, email: r.buyerEmail, login: r.buyerLogin },
      customerId: r.customerId,
      itemsCount: r.itemsCount,
      shipment: r.trackingNumber
        ? {
            carrier: r.carrier,
            carrierLabel: r.carrier ? carrierLabel(r.carrier) : null,
            trackingNumber: r.trackingNumber,
            status: r.shipmentStatus,
            trackingUrl: r.carrier ? trackingUrl(r.carrier, r.trackingNumber) : null,
          }
        : null,
      openAlerts: alerts.get(r.id) ?? [],
      trackingUrl: `/t/${r.trackingToken}`,
    }),
  )
  const last = pageRows.at(-1)
  return { items, nextCursor: more && last ? encodeCursor(last.placedAt, last.id) : null }
}

/** Open alerts of these orders, oldest first. */
export async function openAlertsOf(ctx: ServiceContext, orderIds: string[]) {
  const byOrder = new Map<string, { kind: string; detail: string }[]>()
  if (orderIds.length === 0) return byOrder
  const rows = await ctx.trx
    .selectFrom('orderAlerts')
    .select(['orderId', 'kind', 'detail'])
    .where('orderId', 'in', orderIds)
    .where('resolvedAt', 'is', null)
    .orderBy('raisedAt')
    .execute()
  for (const r of rows)
    byOrder.set(r.orderId, [...(byOrder.get(r.orderId) ?? []), { kind: r.kind, detail: r.detail }])
  return byOrder
}
