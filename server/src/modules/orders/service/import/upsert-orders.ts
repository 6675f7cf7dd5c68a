import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import type { NormalizedOrder, OrderStatus } from '../../contract.js'
import { writeOrderItems, writeOrderShipments, writeStatusEvents } from './order-children.js'
import { resolveOrderCustomers } from './order-customers.js'
import { impliedStatusEvents, type OrderRow, orderRow } from './order-rows.js'

/** What one batch changed; `changed` lists orders whose status moved (for events and messages). */
export interface UpsertResult {
  created: { id: string; externalId: string; status: OrderStatus }[]
  updated: { id: string; externalId: string; status: OrderStatus; previous: OrderStatus }[]
  unchanged: number
  customerIds: string[]
}

const col = <K extends keyof OrderRow>(rows: OrderRow[], key: K) => rows.map((r) => r[key])

/**
 * Inserts or updates a batch of orders idempotently on (source, external id) in a fixed number
 * of statements whatever the batch size; an order whose facts did not change is left untouched.
 */
export async function upsertOrders(
  ctx: ServiceContext,
  orders: NormalizedOrder[],
  now = new Date(),
): Promise<UpsertResult> {
  const result: UpsertResult = { created: [], updated: [], unchanged: 0, customerIds: [] }
  // The last occurrence wins when a batch repeats an order (a CSV exported twice into one file).
  const latest = new Map(orders.map((o) => [`${o.source}\u0000${o.externalId}`, o]))
  const batch = [...latest.values()]
  if (batch.length === 0) return result
  const customers = await resolveOrderCustomers(ctx, batch)
  const rows = batch.map((order, i) => orderRow(order, customers[i] ?? null, now))
  // Arrays rather than IN lists: one parameter each instead of one per order.
  const previous = await sql<{ externalId: string; source: string; status: OrderStatus }>`
    select external_id, source, status from orders
    where workspace_id = ${ctx.workspaceId} and source = any(${[...new Set(col(rows, 'source'))]}::text[])
      and external_id = any(${col(rows, 'externalId')}::text[])`.execute(ctx.trx)
  const before = new Map(previous.rows.map((p) => [`${p.source}\u0000${p.externalId}`, p.status]))
  const written = await sql<{
    id: string
    externalId: string
    source: string
    status: OrderStatus
  }>`
    insert into orders (workspace_id, source, external_id, number, marketplace, channel_account_id,
      customer_id, buyer_name, buyer_email, buyer_phone, buyer_login, locale, shipping_address,
      billing_address, currency, items_minor, shipping_minor, total_minor, status, placed_at,
      paid_at, ship_by, shipped_at, delivered_at, cancelled_at, invoice_number)
    select ${ctx.workspaceId}::uuid, t.* from unnest(
      ${col(rows, 'source')}::text[], ${col(rows, 'externalId')}::text[], ${col(rows, 'number')}::text[],
      ${col(rows, 'marketplace')}::text[], ${col(rows, 'channelAccountId')}::uuid[],
      ${col(rows, 'customerId')}::uuid[], ${col(rows, 'buyerName')}::text[],
      ${col(rows, 'buyerEmail')}::citext[], ${col(rows, 'buyerPhone')}::text[],
      ${col(rows, 'buyerLogin')}::text[], ${col(rows, 'locale')}::text[],
      ${col(rows, 'shippingAddress')}::jsonb[], ${col(rows, 'billingAddress')}::jsonb[],
      ${col(rows, 'currency')}::text[], ${col(rows, 'itemsMinor')}::bigint[],
      ${col(rows, 'shippingMinor')}::bigint[], ${col(rows, 'totalMinor')}::bigint[],
      ${col(rows, 'status')}::text[], ${col(rows, 'placedAt')}::timestamptz[],
      ${col(rows, 'paidAt')}::timestamptz[], ${col(rows, 'shipBy')}::timestamptz[],
      ${col(rows, 'shippedAt')}::timestamptz[], ${col(rows, 'deliveredAt')}::timestamptz[],
      ${col(rows, 'cancelledAt')}::timestamptz[], ${col(rows, 'invoiceNumber')}::text[]
    ) as t
    on conflict (workspace_id, source, external_id) do update set
      number = excluded.number, marketplace = excluded.marketplace,
      channel_account_id = coalesce(excluded.channel_account_id, orders.channel_account_id),
      customer_id = coalesce(orders.customer_id, excluded.customer_id),
      buyer_name = excluded.buyer_name, buyer_email = excluded.buyer_email,
      buyer_phone = excluded.buyer_phone, buyer_login = excluded.buyer_login,
      locale = coalesce(excluded.locale, orders.locale),
      shipping_address = excluded.shipping_address, billing_address = excluded.billing_address,
      currency = excluded.currency, items_minor = excluded.items_minor,
      shipping_minor = excluded.shipping_minor, total_minor = excluded.total_minor,
      status = excluded.status, placed_at = excluded.placed_at,
      paid_at = coalesce(orders.paid_at, excluded.paid_at), ship_by = excluded.ship_by,
      shipped_at = coalesce(orders.shipped_at, excluded.shipped_at),
      delivered_at = coalesce(orders.delivered_at, excluded.delivered_at),
      cancelled_at = coalesce(orders.cancelled_at, excluded.cancelled_at),
      invoice_number = coalesce(excluded.invoice_number, orders.invoice_number), updated_at = now()
    where (orders.number, orders.status, orders.total_minor, orders.items_minor, orders.ship_by,
        orders.buyer_email, orders.buyer_name, orders.buyer_phone, orders.invoice_number,
        orders.shipping_address, orders.paid_at is null)
      is distinct from (excluded.number, excluded.status, excluded.total_minor, excluded.items_minor,
        excluded.ship_by, excluded.buyer_email, excluded.buyer_name, excluded.buyer_phone,
        excluded.invoice_number, excluded.shipping_address, orders.paid_at is null and excluded.paid_at is null)
    returning id, external_id, source, status`.execute(ctx.trx)
  const byKey = new Map(batch.map((o, i) => [`${o.source}\u0000${o.externalId}`, i]))
  const touched: { id: string; index: number; existing: boolean }[] = []
  for (const w of written.rows) {
    const key = `${w.source}\u0000${w.externalId}`
    const index = byKey.get(key) as number
    const was = before.get(key)
    touched.push({ id: w.id, index, existing: was !== undefined })
    if (was === undefined)
      result.created.push({ id: w.id, externalId: w.externalId, status: w.status })
    else
      result.updated.push({ id: w.id, externalId: w.externalId, status: w.status, previous: was })
  }
  result.unchanged = batch.length - written.rows.length
  await writeOrderItems(
    ctx,
    touched.map((t) => ({
      id: t.id,
      order: batch[t.index] as NormalizedOrder,
      existing: t.existing,
    })),
  )
  await writeStatusEvents(
    ctx,
    touched.flatMap((t) =>
      impliedStatusEvents(rows[t.index] as OrderRow).map((e) => ({ orderId: t.id, ...e })),
    ),
    batch[0]?.source ?? 'import',
  )
  await writeOrderShipments(
    ctx,
    touched.map((t) => ({ id: t.id, order: batch[t.index] as NormalizedOrder })),
  )
  result.customerIds = [...new Set(touched.flatMap((t) => rows[t.index]?.customerId ?? []))]
  return result
}
