import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import { PRESENCE_CHANNEL } from '../../../../platform/events/record-event.js'
import { recordEvents } from '../../../../platform/events/record-events.js'
import type { AlertVerdict } from '../../rules/order-alerts.js'
import type { OrderAlertKind } from '../../tables.js'
import { scheduleOrderNotifications } from '../notifications/schedule-notifications.js'
import { loadOrderSettings } from '../settings/order-settings.js'

/**
 * Opens alerts (one open alert per order and kind), records an event for each new one, pushes
 * a live signal to the inbox and, when the seller enabled proactive messages, schedules the
 * delay notice so the customer hears from us before they ask.
 */
export async function raiseOrderAlerts(
  ctx: ServiceContext,
  alerts: (AlertVerdict & { orderId: string; shipmentId: string | null })[],
  now = new Date(),
): Promise<number> {
  if (alerts.length === 0) return 0
  const raised = await sql<{ id: string; orderId: string; kind: OrderAlertKind }>`
    insert into order_alerts (workspace_id, order_id, shipment_id, kind, detail, raised_at)
    select ${ctx.workspaceId}::uuid, t.order_id, t.shipment_id, t.kind, t.detail, ${now}
    from unnest(${alerts.map((a) => a.orderId)}::uuid[], ${alerts.map((a) => a.shipmentId)}::uuid[],
      ${alerts.map((a) => a.kind)}::text[], ${alerts.map((a) => a.detail)}::text[])
      as t(order_id, shipment_id, kind, detail)
    on conflict (order_id, kind) where resolved_at is null do nothing
    returning id, order_id as "orderId", kind`.execute(ctx.trx)
  if (raised.rows.length === 0) return 0
  await recordEvents(
    ctx,
    raised.rows.map((r) => ({
      name: 'orders.alert.raised',
      entityType: 'order',
      entityId: r.orderId,
      changes: { alert: { from: null, to: { id: r.id, kind: r.kind } } },
    })),
  )
  await sql`select pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify({
    workspaceId: ctx.workspaceId,
    signal: 'order-alerts',
  })})`.execute(ctx.trx)
  const settings = await loadOrderSettings(ctx)
  if (settings.proactiveMessages) {
    // "At risk" is not yet late: the customer is told only once a delay is certain.
    const late = raised.rows.filter((r) => r.kind !== 'ship_by_at_risk')
    await scheduleOrderNotifications(
      ctx,
      late.map((r) => ({ orderId: r.orderId, kind: 'delay_notice' as const })),
      now,
    )
  }
  return raised.rows.length
}

/** Closes the open alerts of the given kinds on these orders (the problem went away). */
export async function resolveOrderAlerts(
  ctx: ServiceContext,
  orderIds: string[],
  kinds: OrderAlertKind[],
  now = new Date(),
): Promise<void> {
  if (orderIds.length === 0) return
  await ctx.trx
    .updateTable('orderAlerts')
    .set({ resolvedAt: now })
    .where('orderId', 'in', orderIds)
    .where('kind', 'in', kinds)
    .where('resolvedAt', 'is', null)
    .execute()
}

/** A shipped order no longer risks its ship-by deadline. */
export const resolveShipByAlerts = (ctx: ServiceContext, orderIds: string[], now = new Date()) =>
  resolveOrderAlerts(ctx, orderIds, ['ship_by_at_risk', 'ship_by_missed'], now)
