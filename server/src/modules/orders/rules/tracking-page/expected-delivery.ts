// The conversations module's holiday list is a pure rule; it is not on that module's index yet.
import { isPolishPublicHoliday } from '../../../conversations/index.js'
import type { CarrierCode, OrderStatus, TrackingStatus } from '../../contract.js'
import { addCalendarDays, civilDate, isWeekend } from './civil-date.js'
import { typicalTransitDays } from './transit-days.js'

/** When the buyer can expect the order, as calendar dates in the workspace time zone. */
export type ExpectedDelivery =
  | { kind: 'carrier'; date: string }
  | { kind: 'estimated'; from: string; to: string }
  | { kind: 'late' }
  | null

/** A parcel as the estimate needs it. */
export interface DeliveryParcel {
  carrier: CarrierCode | null
  status: TrackingStatus | null
  statusAt: Date | null
  /** The carrier's own promise, when it gave one. */
  expectedDeliveryAt: Date | null
  /** The first scan: when the carrier had the parcel. */
  firstScanAt: Date | null
}

/** The order facts the estimate needs. */
export interface DeliveryOrder {
  status: OrderStatus
  shippedAt: Date | null
  shipBy: Date | null
  expectedDeliveryAt: Date | null
  /** The shipping address's country (ISO 3166-1 alpha-2), if known. */
  countryCode: string | null
}

const FINISHED: OrderStatus[] = [
  'delivered',
  'cancelled_by_buyer',
  'cancelled_by_seller',
  'returned',
]
// Parcels the buyer is no longer waiting on: arrived, waiting in a locker, or going back.
const NOT_AWAITED: TrackingStatus[] = ['delivered', 'available_for_pickup', 'returned_to_sender']

/** Polish carriers deliver on working days: not at weekends nor on statutory holidays. */
const isDeliveryDay = (isoDate: string) => !isWeekend(isoDate) && !isPolishPublicHoliday(isoDate)

/** The date `days` delivery days after `isoDate` (D+1 is the next delivery day). */
export function addDeliveryDays(isoDate: string, days: number): string {
  let date = isoDate
  for (let left = days; left > 0; ) {
    date = addCalendarDays(date, 1)
    if (isDeliveryDay(date)) left--
  }
  return date
}

type Window = { from: string; to: string; estimated: boolean }

/** One awaited parcel's window: the carrier's date, "today" when out for delivery, or an estimate. */
function parcelWindow(
  parcel: DeliveryParcel,
  order: DeliveryOrder,
  today: string,
  timeZone: string,
): Window | null {
  if (parcel.expectedDeliveryAt) {
    const date = civilDate(parcel.expectedDeliveryAt, timeZone)
    return { from: date, to: date, estimated: false }
  }
  // Held up by a problem: no usual transit time applies, so nothing honest can be estimated.
  if (parcel.status === 'exception') return null
  if (parcel.status === 'out_for_delivery' && parcel.statusAt)
    if (civilDate(parcel.statusAt, timeZone) === today)
      return { from: today, to: today, estimated: false }
  const handover = parcel.firstScanAt ?? order.shippedAt
  if (!handover) return shipByWindow(order, parcel.carrier, today, timeZone)
  return estimate(civilDate(handover, timeZone), parcel.carrier, order.countryCode)
}

function estimate(handover: string, carrier: CarrierCode | null, country: string | null): Window {
  const days = typicalTransitDays(carrier, country)
  return {
    from: addDeliveryDays(handover, days.min),
    to: addDeliveryDays(handover, days.max),
    estimated: true,
  }
}

/** Not shipped yet: counted from the ship-by date (or today, if that has passed). */
function shipByWindow(
  order: DeliveryOrder,
  carrier: CarrierCode | null,
  today: string,
  timeZone: string,
): Window | null {
  if (!order.shipBy) return null
  const shipBy = civilDate(order.shipBy, timeZone)
  return estimate(shipBy > today ? shipBy : today, carrier, order.countryCode)
}

/**
 * When the order should arrive: the carriers' own dates where given, else an estimate from
 * the handover (first scan, else the ship date, else the ship-by date) plus the carrier's
 * usual transit time in delivery days, marked as an estimate. Several parcels: the order is
 * complete when the last arrives. A window wholly in the past reads "late"; a finished order,
 * or one with nothing to go on, has no expectation at all.
 */
export function expectedDelivery(input: {
  order: DeliveryOrder
  parcels: DeliveryParcel[]
  now: Date
  timeZone: string
}): ExpectedDelivery {
  const { order, parcels, timeZone } = input
  if (FINISHED.includes(order.status)) return null
  const today = civilDate(input.now, timeZone)
  const awaited = parcels.filter((p) => !p.status || !NOT_AWAITED.includes(p.status))
  if (parcels.length > 0 && awaited.length === 0) return null
  let windows: Window[]
  if (awaited.length > 0) {
    const found = awaited.map((p) => parcelWindow(p, order, today, timeZone))
    if (found.some((w) => w === null)) return null
    windows = found as Window[]
  } else if (order.expectedDeliveryAt) {
    const date = civilDate(order.expectedDeliveryAt, timeZone)
    windows = [{ from: date, to: date, estimated: false }]
  } else {
    const handover = order.shippedAt ? civilDate(order.shippedAt, timeZone) : null
    const window = handover
      ? estimate(handover, null, order.countryCode)
      : shipByWindow(order, null, today, timeZone)
    if (!window) return null
    windows = [window]
  }
  const latest = (pick: (w: Window) => string) => windows.map(pick).sort().at(-1) as string
  const to = latest((w) => w.to)
  if (to < today) return { kind: 'late' }
  const from = latest((w) => w.from)
  const estimated = windows.some((w) => w.estimated)
  // Several carrier dates: the last parcel's date is when the order is complete.
  if (!estimated) return { kind: 'carrier', date: to }
  return { kind: 'estimated', from: from < today ? today : from, to }
}
