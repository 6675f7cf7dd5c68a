import type { OrderStatus, TrackingStatus } from '../contract.js'
import type { OrderAlertKind } from '../tables.js'

const OPEN: OrderStatus[] = ['placed', 'paid', 'ready_to_ship']
const HOUR = 3600_000
const DAY = 24 * HOUR

/** A problem worth an agent's attention, with a sentence saying why. */
export interface AlertVerdict {
  kind: OrderAlertKind
  detail: string
}

/**
 * Whether an order that has not shipped is at risk of missing, or has missed, its ship-by
 * deadline. Late dispatch counts against the seller on Allegro (the "czas wysyłki" declared in
 * the offer) and Amazon (Late Shipment Rate, target < 4 %).
 */
export function shipByAlert(
  order: { status: OrderStatus; shipBy: Date | null; hasShipment: boolean },
  warningHours: number,
  now: Date,
): AlertVerdict | null {
  if (!order.shipBy || order.hasShipment || !OPEN.includes(order.status)) return null
  const left = order.shipBy.getTime() - now.getTime()
  if (left < 0)
    return { kind: 'ship_by_missed', detail: `Ship-by deadline passed ${hours(-left)} ago` }
  if (left <= warningHours * HOUR)
    return { kind: 'ship_by_at_risk', detail: `Must ship within ${hours(left)}` }
  return null
}

/** Whether a parcel in transit has gone quiet for longer than the seller tolerates. */
export function noScanAlert(
  shipment: { status: TrackingStatus | null; lastScanAt: Date | null; createdAt: Date },
  noScanDays: number,
  now: Date,
): AlertVerdict | null {
  if (shipment.status && FINAL.includes(shipment.status)) return null
  const last = shipment.lastScanAt ?? shipment.createdAt
  const quiet = now.getTime() - last.getTime()
  if (quiet < noScanDays * DAY) return null
  return {
    kind: 'no_scan',
    detail: shipment.lastScanAt
      ? `No carrier scan for ${Math.floor(quiet / DAY)} days`
      : `The carrier has not scanned the parcel in ${Math.floor(quiet / DAY)} days since it was added`,
  }
}

const FINAL: TrackingStatus[] = ['delivered', 'returned_to_sender']

/** The alert a carrier status raises by itself: an exception or a return to the sender. */
export function trackingStatusAlert(
  status: TrackingStatus,
  description: string | null,
): AlertVerdict | null {
  if (status === 'exception')
    return {
      kind: 'exception',
      detail: `Carrier reported a problem${description ? `: ${description}` : ''}`,
    }
  if (status === 'returned_to_sender')
    return { kind: 'returned_to_sender', detail: 'The parcel is being returned to the sender' }
  return null
}

function hours(ms: number): string {
  const h = Math.round(ms / HOUR)
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`
}
