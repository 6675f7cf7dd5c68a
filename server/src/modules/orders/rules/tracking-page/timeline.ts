import type { OrderStatus, TrackingStatus } from '../../contract.js'

/** One line of the buyer's timeline: an order milestone or a carrier scan of one parcel. */
export type TimelineEntry =
  | { kind: 'order'; status: OrderStatus; at: Date }
  | {
      kind: 'parcel'
      status: TrackingStatus
      at: Date
      location: string | null
      /** 1-based position of the parcel on the page, for "Parcel 2" when there are several. */
      parcel: number
    }

/** The order's own milestones, as order_status_events holds them. */
export interface OrderMilestone {
  status: OrderStatus
  occurredAt: Date
}

/** A parcel's scans, as tracking_events holds them. */
export interface ParcelScans {
  events: { status: TrackingStatus; occurredAt: Date; location: string | null }[]
}

// Same instant: the later step of the order's life goes first in a newest-first list.
const ORDER_RANK: Record<OrderStatus, number> = {
  placed: 0,
  paid: 1,
  ready_to_ship: 2,
  shipped: 3,
  delivered: 4,
  cancelled_by_buyer: 5,
  cancelled_by_seller: 5,
  returned: 6,
}

const rank = (entry: TimelineEntry) => (entry.kind === 'order' ? ORDER_RANK[entry.status] : 10)

/**
 * Merges the order's milestones and every parcel's scans into one list, newest first. The
 * order's "delivered" is dropped when a carrier reported the delivery itself (the scan says
 * more: where), and a scan repeated with the same status, place and minute is shown once.
 */
export function buildTimeline(
  milestones: OrderMilestone[],
  parcels: ParcelScans[],
): TimelineEntry[] {
  const carrierDelivered = parcels.some((p) => p.events.some((e) => e.status === 'delivered'))
  const entries: TimelineEntry[] = milestones
    .filter((m) => !(m.status === 'delivered' && carrierDelivered))
    .map((m) => ({ kind: 'order', status: m.status, at: m.occurredAt }))
  const seen = new Set<string>()
  parcels.forEach((parcel, i) => {
    for (const event of parcel.events) {
      const key = `${i}|${event.status}|${event.location ?? ''}|${Math.floor(event.occurredAt.getTime() / 60_000)}`
      if (seen.has(key)) continue
      seen.add(key)
      entries.push({
        kind: 'parcel',
        status: event.status,
        at: event.occurredAt,
        location: event.location?.trim() || null,
        parcel: i + 1,
      })
    }
  })
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || rank(b) - rank(a))
}
