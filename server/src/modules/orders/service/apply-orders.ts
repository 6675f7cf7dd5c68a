import type { ServiceContext } from '../../../platform/context.js'
import { recordEvents } from '../../../platform/events/record-events.js'
import { customerIdentitiesChanged, recordOrderMetrics } from '../../customers/index.js'
import type { NormalizedOrder } from '../contract.js'
import { isNewsworthy, notificationForOrderStatus } from '../rules/notification-triggers.js'
import { customerOrderMetrics } from './customer-metrics.js'
import { type UpsertResult, upsertOrders } from './import/upsert-orders.js'
import { scheduleOrderNotifications } from './notifications/schedule-notifications.js'

/** Brings the customers' totals and segments up to date after orders changed. */
export async function refreshCustomerMetrics(ctx: ServiceContext, result: UpsertResult) {
  if (result.customerIds.length === 0) return
  await recordOrderMetrics(ctx, await customerOrderMetrics(ctx, result.customerIds))
}

/**
 * Stores orders from a live source (marketplace sync, the shop's API): upserts them, updates
 * the customers, records one event per new order or status change and schedules the customer
 * messages that recent changes call for — all in the caller's transaction.
 */
export async function applyOrders(
  ctx: ServiceContext,
  orders: NormalizedOrder[],
  now = new Date(),
): Promise<UpsertResult> {
  const result = await upsertOrders(ctx, orders, now)
  await refreshCustomerMetrics(ctx, result)
  await customerIdentitiesChanged(ctx, result.customerIds)
  const byExternal = new Map(orders.map((o) => [`${o.source}:${o.externalId}`, o]))
  const source = orders[0]?.source
  const changedAt = (externalId: string) => {
    const order = byExternal.get(`${source}:${externalId}`)
    return order?.status === 'delivered'
      ? (order.deliveredAt ?? now)
      : order?.status === 'placed' || order?.status === 'paid'
        ? (order.paidAt ?? order.placedAt)
        : now
  }
  await recordEvents(ctx, [
    ...result.created.map((o) => ({
      name: 'orders.order.created',
      entityType: 'order',
      entityId: o.id,
      changes: { status: { from: null, to: o.status }, source: { from: null, to: source } },
    })),
    ...result.updated
      .filter((o) => o.status !== o.previous)
      .map((o) => ({
        name: 'orders.order.statusChanged',
        entityType: 'order',
        entityId: o.id,
        changes: { status: { from: o.previous, to: o.status } },
      })),
  ])
  const notices = [...result.created, ...result.updated.filter((o) => o.status !== o.previous)]
    .filter((o) => isNewsworthy(changedAt(o.externalId), now))
    .flatMap((o) => {
      const kind = notificationForOrderStatus(o.status)
      return kind ? [{ orderId: o.id, kind }] : []
    })
  await scheduleOrderNotifications(ctx, notices, now)
  return result
}
