import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import { recordEvent } from '../../../../platform/events/record-event.js'
import { badRequest, notFound } from '../../../../platform/http/errors.js'
import { CARRIER_CODES, type CarrierCode } from '../../contract.js'
import { scheduleOrderNotifications } from '../notifications/schedule-notifications.js'
import { resolveShipByAlerts } from './order-alerts.js'
import { recognizeCarrier } from './recognize-carrier.js'

/** The job that hands a new waybill to the order's marketplace (Allegro shipments). */
export const PUSH_SHIPMENT_QUEUE = 'orders.push-shipment'

/**
 * Adds a parcel to an order (idempotent on the tracking number), marks a not-yet-shipped order
 * shipped, tells the customer and queues the waybill for the marketplace in the same transaction.
 */
export async function addShipment(
  ctx: ServiceContext,
  orderId: string,
  input: { trackingNumber: string; carrier?: CarrierCode | null },
  now = new Date(),
): Promise<{ shipmentId: string; created: boolean }> {
  const trackingNumber = input.trackingNumber.replace(/[\s-]+/g, '').toUpperCase()
  if (!/^[A-Z0-9]{4,60}$/.test(trackingNumber))
    throw badRequest('invalid_tracking_number', 'trackingNumber must be 4–60 letters and digits')
  if (input.carrier && !CARRIER_CODES.includes(input.carrier))
    throw badRequest('invalid_carrier', `carrier must be one of ${CARRIER_CODES.join(', ')}`)
  const order = await ctx.trx
    .selectFrom('orders')
    .select(['id', 'status', 'source'])
    .where('id', '=', orderId)
    .executeTakeFirst()
  if (!order) throw notFound('The order')
  const carrier = input.carrier ?? recognizeCarrier(trackingNumber)
  const inserted = await ctx.trx
    .insertInto('shipments')
    .values({
      workspaceId: ctx.workspaceId,
      orderId,
      carrier,
      trackingNumber,
      nextPollAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'orderId', 'trackingNumber']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted) {
    const existing = await ctx.trx
      .selectFrom('shipments')
      .select('id')
      .where('orderId', '=', orderId)
      .where('trackingNumber', '=', trackingNumber)
      .executeTakeFirstOrThrow()
    return { shipmentId: existing.id, created: false }
  }
  await recordEvent(ctx, {
    name: 'orders.shipment.added',
    entityType: 'order',
    entityId: orderId,
    changes: {
      trackingNumber: { from: null, to: trackingNumber },
      carrier: { from: null, to: carrier },
    },
  })
  if (['placed', 'paid', 'ready_to_ship'].includes(order.status)) {
    await markShipped(ctx, orderId, order.status, now)
    await scheduleOrderNotifications(ctx, [{ orderId, kind: 'shipped' }], now)
  }
  await resolveShipByAlerts(ctx, [orderId], now)
  if (order.source === 'allegro')
    await ctx.jobs.send(ctx, PUSH_SHIPMENT_QUEUE, { shipmentId: inserted.id })
  return { shipmentId: inserted.id, created: true }
}

async function markShipped(ctx: ServiceContext, orderId: string, previous: string, now: Date) {
  await ctx.trx
    .updateTable('orders')
    .set({ status: 'shipped', shippedAt: now, updatedAt: now })
    .where('id', '=', orderId)
    .execute()
  await sql`insert into order_status_events (workspace_id, order_id, status, occurred_at, source)
    values (${ctx.workspaceId}, ${orderId}, 'shipped', ${now}, 'shipment')
    on conflict do nothing`.execute(ctx.trx)
  await recordEvent(ctx, {
    name: 'orders.order.statusChanged',
    entityType: 'order',
    entityId: orderId,
    changes: { status: { from: previous, to: 'shipped' } },
  })
}
