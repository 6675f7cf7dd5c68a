import type { OrderStatus, TrackingStatus } from '../contract.js'
import type { NotificationKind } from '../tables.js'

// Older changes are history (a first sync, a CSV import): telling the customer now would confuse.
export const NOTIFY_WITHIN_MS = 48 * 3600_000

/** The customer message an order status calls for, if any (cancellations are told by a person). */
export function notificationForOrderStatus(status: OrderStatus): NotificationKind | null {
  if (status === 'placed' || status === 'paid') return 'order_received'
  if (status === 'shipped') return 'shipped'
  if (status === 'delivered') return 'delivered'
  return null
}

/** The customer message a parcel status calls for, if any. */
export function notificationForTrackingStatus(status: TrackingStatus): NotificationKind | null {
  if (status === 'out_for_delivery') return 'out_for_delivery'
  if (status === 'delivered') return 'delivered'
  return null
}

/** Whether a change that happened at `changedAt` is recent enough to tell the customer about. */
export function isNewsworthy(changedAt: Date, now: Date): boolean {
  return now.getTime() - changedAt.getTime() <= NOTIFY_WITHIN_MS
}
