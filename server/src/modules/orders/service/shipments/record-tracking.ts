import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import { recordEvents } from '../../../../platform/events/record-events.js'
import type { TrackingStatus, TrackingUpdate } from '../../contract.js'
import { isNewsworthy, notificationForTrackingStatus } from '../../rules/notification-triggers.js'
import { trackingStatusAlert } from '../../rules/order-alerts.js'
import { scheduleOrderNotifications } from '../notifications/schedule-notifications.js'
import { raiseOrderAlerts, resolveOrderAlerts } from './order-alerts.js'

/** What a batch of tracking updates changed. */
export interface TrackingResult {
  eventsAdded: number
  shipmentsChanged: number
  unknownNumbers: string[]
}

/**
 * Stores carrier events for known parcels (idempotent on time + raw code), moves each parcel to
 * its latest status, marks orders delivered, raises alerts for exceptions and returns, and
 * schedules "out for delivery" / "delivered" messages for fresh news.
 */
export async function recordTrackingUpdates(
  ctx: ServiceContext,
  updates: TrackingUpdate[],
  via: 'poll' | 'webhook' | 'source',
  now = new Date(),
): Promise<TrackingResult> {
  const numbers = [...new Set(updates.map((u) => u.trackingNumber.toUpperCase()))]
  const result: TrackingResult = { eventsAdded: 0, shipmentsChanged: 0, unknownNumbers: [] }
  if (numbers.length === 0) return result
  const shipments = await ctx.trx
    .selectFrom('shipments')
    .select(['id', 'orderId', 'carrier', 'trackingNumber', 'status', 'statusAt'])
    .where('trackingNumber', 'in', numbers)
    .execute()
  const byNumber = new Map<string, typeof shipments>()
  for (const s of shipments)
    byNumber.set(s.trackingNumber, [...(byNumber.get(s.trackingNumber) ?? []), s])
  const events: { shipmentId: string; e: TrackingUpdate['events'][number] }[] = []
  for (const update of updates) {
    const matches = (byNumber.get(update.trackingNumber.toUpperCase()) ?? []).filter(
      (s) => !s.carrier || s.carrier === update.carrier,
    )
    if (matches.length === 0) result.unknownNumbers.push(update.trackingNumber)
    for (const s of matches) for (const e of update.events) events.push({ shipmentId: s.id, e })
  }
  if (events.length === 0) return result
  const added = await sql<{ shipmentId: string }>`
    insert into tracking_events (workspace_id, shipment_id, occurred_at, status, raw_code,
      raw_description, location, received_via)
    select ${ctx.workspaceId}::uuid, t.* , ${via} from unnest(
      ${events.map((x) => x.shipmentId)}::uuid[], ${events.map((x) => x.e.occurredAt)}::timestamptz[],
      ${events.map((x) => x.e.status)}::text[], ${events.map((x) => x.e.rawCode)}::text[],
      ${events.map((x) => x.e.rawDescription ?? null)}::text[], ${events.map((x) => x.e.location ?? null)}::text[])
      as t(shipment_id, occurred_at, status, raw_code, raw_description, location)
    on conflict (shipment_id, occurred_at, raw_code) do nothing
    returning shipment_id as "shipmentId"`.execute(ctx.trx)
  result.eventsAdded = added.rows.length
  await shippedNoLaterThanFirstScan(ctx, [...new Set(added.rows.map((r) => r.shipmentId))])
  const expected = new Map(
    updates.map((u) => [u.trackingNumber.toUpperCase(), u.expectedDeliveryAt ?? null]),
  )
  const changed = await sql<{
    id: string
    orderId: string
    status: TrackingStatus
    statusAt: Date
    previous: TrackingStatus | null
    description: string | null
  }>`
    with latest as (
      select distinct on (shipment_id) shipment_id, status, occurred_at, raw_description
      from tracking_events where shipment_id = any(${[...new Set(events.map((x) => x.shipmentId))]}::uuid[])
      order by shipment_id, occurred_at desc, created_at desc
    ), old as (select id, status from shipments where id in (select shipment_id from latest))
    update shipments s set status = l.status, status_at = l.occurred_at,
      last_scan_at = greatest(s.last_scan_at, l.occurred_at),
      delivered_at = case when l.status = 'delivered' then l.occurred_at else s.delivered_at end,
      updated_at = now()
    from latest l join old on old.id = l.shipment_id
    where s.id = l.shipment_id and (s.status is distinct from l.status or s.status_at is distinct from l.occurred_at)
    returning s.id, s.order_id as "orderId", l.status, l.occurred_at as "statusAt",
      old.status as previous, l.raw_description as description`.execute(ctx.trx)
  result.shipmentsChanged = changed.rows.length
  await applyExpectedDelivery(ctx, shipments, expected)
  const moved = changed.rows.filter((r) => r.status !== r.previous)
  await recordEvents(
    ctx,
    moved.map((r) => ({
      name: 'orders.shipment.statusChanged',
      entityType: 'order',
      entityId: r.orderId,
      changes: {
        shipmentStatus: { from: r.previous, to: r.status },
        shipmentId: { from: null, to: r.id },
      },
    })),
  )
  await markDelivered(
    ctx,
    moved.filter((r) => r.status === 'delivered'),
  )
  await resolveOrderAlerts(ctx, [...new Set(moved.map((r) => r.orderId))], ['no_scan'], now)
  await raiseOrderAlerts(
    ctx,
    moved.flatMap((r) => {
      const alert = trackingStatusAlert(r.status, r.description)
      return alert ? [{ ...alert, orderId: r.orderId, shipmentId: r.id }] : []
    }),
    now,
  )
  await scheduleOrderNotifications(
    ctx,
    moved.flatMap((r) => {
      const kind = notificationForTrackingStatus(r.status)
      return kind && isNewsworthy(r.statusAt, now) ? [{ orderId: r.orderId, kind }] : []
    }),
    now,
  )
  return result
}

async function applyExpectedDelivery(
  ctx: ServiceContext,
  shipments: { id: string; trackingNumber: string }[],
  expected: Map<string, Date | null>,
) {
  const known = shipments.filter((s) => expected.get(s.trackingNumber))
  if (known.length === 0) return
  await sql`update shipments s set expected_delivery_at = t.at
    from unnest(${known.map((s) => s.id)}::uuid[], ${known.map((s) => expected.get(s.trackingNumber))}::timestamptz[]) as t(id, at)
    where s.id = t.id`.execute(ctx.trx)
}

async function markDelivered(ctx: ServiceContext, rows: { orderId: string; statusAt: Date }[]) {
  if (rows.length === 0) return
  const updated = await sql<{ id: string; status: string }>`
    update orders o set status = 'delivered', delivered_at = t.at, updated_at = now()
    from unnest(${rows.map((r) => r.orderId)}::uuid[], ${rows.map((r) => r.statusAt)}::timestamptz[]) as t(id, at)
    where o.id = t.id and o.status in ('placed', 'paid', 'ready_to_ship', 'shipped')
    returning o.id`.execute(ctx.trx)
  if (updated.rows.length === 0) return
  const at = new Map(rows.map((r) => [r.orderId, r.statusAt]))
  await sql`insert into order_status_events (workspace_id, order_id, status, occurred_at, source)
    select ${ctx.workspaceId}::uuid, t.id, 'delivered', t.at, 'tracking'
    from unnest(${updated.rows.map((r) => r.id)}::uuid[], ${updated.rows.map((r) => at.get(r.id))}::timestamptz[]) as t(id, at)
    on conflict do nothing`.execute(ctx.trx)
  await recordEvents(
    ctx,
    updated.rows.map((r) => ({
      name: 'orders.order.statusChanged',
      entityType: 'order',
      entityId: r.id,
      changes: { status: { from: 'shipped', to: 'delivered' } },
    })),
  )
}

/**
 * A parcel cannot be scanned before it was shipped: when the order's "shipped" date (often the
 * moment Aftersale heard of it) is later than the carrier's first scan, the scan date wins.
 */
async function shippedNoLaterThanFirstScan(ctx: ServiceContext, shipmentIds: string[]) {
  if (shipmentIds.length === 0) return
  // One statement: the first scans are found once and move both the timeline and the order.
  await sql`with f as (
      select s.order_id, min(te.occurred_at) as at from tracking_events te
      join shipments s on s.id = te.shipment_id where s.id = any(${shipmentIds}::uuid[])
      group by s.order_id
    ), timeline as (
      update order_status_events e set occurred_at = f.at from f
      where e.order_id = f.order_id and e.status = 'shipped' and e.occurred_at > f.at
    )
    update orders o set shipped_at = f.at from f
    where o.id = f.order_id and o.shipped_at > f.at`.execute(ctx.trx)
}
