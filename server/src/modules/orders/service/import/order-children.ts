import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import type { NormalizedOrder, OrderStatus } from '../../contract.js'
import { recognizeCarrier } from '../shipments/recognize-carrier.js'

/**
 * Replaces the lines of orders that were inserted or changed, in two statements; `existing`
 * marks the orders that were there before (a new order has no lines to delete).
 */
export async function writeOrderItems(
  ctx: ServiceContext,
  orders: { id: string; order: NormalizedOrder; existing?: boolean }[],
): Promise<void> {
  if (orders.length === 0) return
  const replaced = orders.filter((o) => o.existing !== false).map((o) => o.id)
  if (replaced.length > 0)
    await sql`delete from order_items where order_id = any(${replaced}::uuid[])`.execute(ctx.trx)
  const lines = orders.flatMap(({ id, order }) =>
    order.items.map((item, i) => ({ orderId: id, lineNo: i + 1, ...item })),
  )
  if (lines.length === 0) return
  await sql`insert into order_items (workspace_id, order_id, line_no, external_id, sku, name,
      quantity, unit_price_minor, flags)
    select ${ctx.workspaceId}::uuid, t.order_id, t.line_no, t.external_id, t.sku, t.name, t.quantity,
      t.unit_price_minor, string_to_array(t.flags, ',')::text[]
    from unnest(${lines.map((l) => l.orderId)}::uuid[], ${lines.map((l) => l.lineNo)}::int[],
      ${lines.map((l) => l.externalId ?? null)}::text[], ${lines.map((l) => l.sku ?? null)}::text[],
      ${lines.map((l) => l.name)}::text[], ${lines.map((l) => l.quantity)}::int[],
      ${lines.map((l) => l.unitPriceMinor)}::bigint[], ${lines.map((l) => (l.flags ?? []).join(','))}::text[])
      as t(order_id, line_no, external_id, sku, name, quantity, unit_price_minor, flags)`.execute(
    ctx.trx,
  )
}

/** Adds timeline entries; a status already on an order's timeline keeps its first date. */
export async function writeStatusEvents(
  ctx: ServiceContext,
  events: { orderId: string; status: OrderStatus; occurredAt: Date }[],
  source: string,
): Promise<void> {
  if (events.length === 0) return
  await sql`insert into order_status_events (workspace_id, order_id, status, occurred_at, source)
    select ${ctx.workspaceId}::uuid, t.order_id, t.status, t.occurred_at, ${source}
    from unnest(${events.map((e) => e.orderId)}::uuid[], ${events.map((e) => e.status)}::text[],
      ${events.map((e) => e.occurredAt)}::timestamptz[]) as t(order_id, status, occurred_at)
    on conflict (order_id, status) do nothing`.execute(ctx.trx)
}

/** Records parcels a source already knows (e.g. Allegro waybills); known ones are left alone. */
export async function writeOrderShipments(
  ctx: ServiceContext,
  orders: { id: string; order: NormalizedOrder }[],
): Promise<void> {
  const parcels = orders.flatMap(({ id, order }) =>
    (order.shipments ?? []).map((s) => ({
      orderId: id,
      trackingNumber: s.trackingNumber.replace(/\s+/g, '').toUpperCase(),
      carrier: s.carrier ?? recognizeCarrier(s.trackingNumber),
    })),
  )
  if (parcels.length === 0) return
  await sql`insert into shipments (workspace_id, order_id, carrier, tracking_number, pushed_to_source_at, next_poll_at)
    select ${ctx.workspaceId}::uuid, t.order_id, t.carrier, t.tracking_number, now(), now()
    from unnest(${parcels.map((p) => p.orderId)}::uuid[], ${parcels.map((p) => p.carrier)}::text[],
      ${parcels.map((p) => p.trackingNumber)}::text[]) as t(order_id, carrier, tracking_number)
    on conflict (workspace_id, order_id, tracking_number) do nothing`.execute(ctx.trx)
}
