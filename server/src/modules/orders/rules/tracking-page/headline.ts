import type { OrderStatus, TrackingStatus } from '../../contract.js'

/** What the big line at the top of the page says, from the least to the most advanced state. */
export type HeadlineKey =
  | 'placed'
  | 'paid'
  | 'ready_to_ship'
  | 'shipped'
  | 'in_transit'
  | 'out_for_delivery_today'
  | 'out_for_delivery'
  | 'available_for_pickup'
  | 'failed_attempt'
  | 'exception'
  | 'returned_to_sender'
  | 'delivered'
  | 'cancelled'
  | 'returned'

/** A parcel as the headline needs it. */
export interface HeadlineParcel {
  status: TrackingStatus | null
  /** The civil date (YYYY-MM-DD, workspace time zone) its status was reached, if known. */
  statusDate: string | null
}

/** The headline and how many parcels arrived, for "Parcels delivered: 1 of 2". */
export interface Headline {
  key: HeadlineKey
  deliveredParcels: number
  totalParcels: number
}

// A parcel that needs the buyer's attention outranks one that is merely travelling.
const ATTENTION: TrackingStatus[] = [
  'exception',
  'failed_attempt',
  'returned_to_sender',
  'available_for_pickup',
  'out_for_delivery',
  'in_transit',
  'info_received',
]

/**
 * The page's headline. Cancelled and returned orders say so whatever the parcels do; otherwise
 * the parcel most in need of attention speaks (all delivered: "delivered"); "out for delivery"
 * is only promised for today when the carrier said so today (`today`, workspace time zone).
 */
export function trackingHeadline(
  order: { status: OrderStatus },
  parcels: HeadlineParcel[],
  today: string,
): Headline {
  const deliveredParcels = parcels.filter((p) => p.status === 'delivered').length
  const result = (key: HeadlineKey): Headline => ({
    key,
    deliveredParcels,
    totalParcels: parcels.length,
  })
  if (order.status === 'cancelled_by_buyer' || order.status === 'cancelled_by_seller')
    return result('cancelled')
  if (order.status === 'returned') return result('returned')
  const open = parcels.filter((p) => p.status !== 'delivered')
  if (parcels.length > 0 && open.length === 0) return result('delivered')
  for (const status of ATTENTION) {
    const parcel = open.find((p) => p.status === status)
    if (!parcel) continue
    if (status === 'out_for_delivery')
      return result(parcel.statusDate === today ? 'out_for_delivery_today' : 'out_for_delivery')
    if (status === 'info_received') return result('shipped')
    return result(status)
  }
  if (order.status === 'delivered') return result('delivered')
  // Parcels known but never scanned: the seller shipped them.
  if (parcels.length > 0 || order.status === 'shipped') return result('shipped')
  return result(order.status)
}

const STEP: Record<HeadlineKey, 0 | 1 | 2 | 3 | null> = {
  placed: 0,
  paid: 0,
  ready_to_ship: 0,
  shipped: 1,
  in_transit: 2,
  out_for_delivery_today: 2,
  out_for_delivery: 2,
  available_for_pickup: 2,
  failed_attempt: 2,
  exception: 2,
  returned_to_sender: 2,
  delivered: 3,
  cancelled: null,
  returned: null,
}

/** How far along "ordered → shipped → on its way → delivered" a headline is; null: off that path. */
export const progressStep = (key: HeadlineKey) => STEP[key]
