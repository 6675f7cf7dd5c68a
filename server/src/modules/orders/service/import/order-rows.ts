import type { NormalizedOrder, OrderStatus } from '../../contract.js'

/** An order flattened into the columns of `orders`, ready for an unnest insert. */
export interface OrderRow {
  externalId: string
  source: string
  number: string
  marketplace: string
  channelAccountId: string | null
  customerId: string | null
  buyerName: string | null
  buyerEmail: string | null
  buyerPhone: string | null
  buyerLogin: string | null
  locale: string | null
  shippingAddress: string | null
  billingAddress: string | null
  currency: string
  itemsMinor: number
  shippingMinor: number
  totalMinor: number
  status: OrderStatus
  placedAt: Date
  paidAt: Date | null
  shipBy: Date | null
  shippedAt: Date | null
  deliveredAt: Date | null
  cancelledAt: Date | null
  invoiceNumber: string | null
}

const CANCELLED: OrderStatus[] = ['cancelled_by_buyer', 'cancelled_by_seller']
const SHIPPED_OR_LATER: OrderStatus[] = ['shipped', 'delivered', 'returned']
const RECENT_MS = 7 * 86_400_000

/**
 * When a status without its own timestamp was reached: now for a recent order (a live source
 * reporting a change), else the latest date the order does carry — an order imported months
 * later was not shipped on the day of the import.
 */
function changedAt(order: NormalizedOrder, now: Date): Date {
  if (now.getTime() - order.placedAt.getTime() < RECENT_MS) return now
  const shippedBefore = order.status === 'delivered' ? null : order.deliveredAt
  return shippedBefore ?? order.paidAt ?? order.placedAt
}

/** Flattens a normalised order; a status reached without a timestamp is dated `now`. */
export function orderRow(order: NormalizedOrder, customerId: string | null, now: Date): OrderRow {
  const itemsMinor = order.items.reduce((sum, i) => sum + i.unitPriceMinor * i.quantity, 0)
  const shippingMinor = order.shippingMinor ?? 0
  return {
    externalId: order.externalId,
    source: order.source,
    number: order.number,
    marketplace: order.marketplace,
    channelAccountId: order.channelAccountId ?? null,
    customerId,
    buyerName: order.buyer.name,
    buyerEmail: order.buyer.email,
    buyerPhone: order.buyer.phone,
    buyerLogin: order.buyer.login,
    locale: order.buyer.locale ?? null,
    shippingAddress: order.shippingAddress ? JSON.stringify(order.shippingAddress) : null,
    billingAddress: order.billingAddress ? JSON.stringify(order.billingAddress) : null,
    currency: order.currency,
    itemsMinor,
    shippingMinor,
    totalMinor: order.totalMinor ?? itemsMinor + shippingMinor,
    status: order.status,
    placedAt: order.placedAt,
    paidAt: order.paidAt ?? null,
    shipBy: order.shipBy ?? null,
    shippedAt: SHIPPED_OR_LATER.includes(order.status) ? changedAt(order, now) : null,
    deliveredAt: order.status === 'delivered' ? (order.deliveredAt ?? now) : null,
    cancelledAt: CANCELLED.includes(order.status) ? changedAt(order, now) : null,
    invoiceNumber: order.invoiceNumber ?? null,
  }
}

/** The timeline entries an order's row implies: placed, paid and its current status. */
export function impliedStatusEvents(row: OrderRow): { status: OrderStatus; occurredAt: Date }[] {
  const events: { status: OrderStatus; occurredAt: Date }[] = [
    { status: 'placed', occurredAt: row.placedAt },
  ]
  if (row.paidAt) events.push({ status: 'paid', occurredAt: row.paidAt })
  if (row.shippedAt) events.push({ status: 'shipped', occurredAt: row.shippedAt })
  if (row.deliveredAt) events.push({ status: 'delivered', occurredAt: row.deliveredAt })
  if (!events.some((e) => e.status === row.status))
    events.push({
      status: row.status,
      occurredAt: row.cancelledAt ?? row.shippedAt ?? row.paidAt ?? row.placedAt,
    })
  return events
}
