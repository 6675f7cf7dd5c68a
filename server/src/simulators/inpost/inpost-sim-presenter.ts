import type { InpostSimParcel } from './inpost-sim-records.js'

const WARSAW = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
})

/**
 * A time as ShipX writes it: ISO 8601 in Polish local time with its offset
 * ("2026-03-02T14:05:09.000+01:00"), so clients must honour the offset.
 */
export function shipxDateTime(date: Date): string {
  const parts = Object.fromEntries(WARSAW.formatToParts(date).map((p) => [p.type, p.value]))
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.slice(3)
  const millis = String(date.getUTCMilliseconds()).padStart(3, '0')
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${millis}${offset}`
}

const LOCKER_FLOW = [
  'created',
  'confirmed',
  'dispatched_by_sender',
  'collected_from_sender',
  'adopted_at_source_branch',
  'sent_from_source_branch',
  'adopted_at_sorting_center',
  'sent_from_sorting_center',
  'adopted_at_target_branch',
  'out_for_delivery',
  'ready_to_pickup',
  'delivered',
]
const COURIER_FLOW = LOCKER_FLOW.filter(
  (s) => !['dispatched_by_sender', 'collected_from_sender', 'ready_to_pickup'].includes(s),
).toSpliced(2, 0, 'taken_by_courier')

/** The statuses still ahead on the service's usual path; empty off the path or at its end. */
function expectedFlow(parcel: InpostSimParcel, current: string | null): string[] {
  const flow = parcel.service.includes('locker') ? LOCKER_FLOW : COURIER_FLOW
  const at = current ? flow.indexOf(current) : -1
  return at === -1 ? [] : flow.slice(at + 1)
}

/**
 * The ShipX tracking resource (ShipX API docs "Shipment Tracking"): current status, history
 * newest first with status, origin_status, agency and datetime, and the predicted remainder.
 */
export function presentTracking(parcel: InpostSimParcel) {
  const history = [...parcel.statuses].reverse()
  const latest = history[0] ?? null
  return {
    tracking_number: parcel.trackingNumber,
    service: parcel.service,
    type: parcel.service,
    status: latest?.status ?? 'created',
    custom_attributes: parcel.customAttributes,
    tracking_details: history.map((s) => ({
      status: s.status,
      origin_status: s.originStatus,
      agency: s.agency,
      datetime: shipxDateTime(s.datetime),
    })),
    expected_flow: expectedFlow(parcel, latest?.status ?? null),
    created_at: shipxDateTime(parcel.createdAt),
    updated_at: shipxDateTime(latest?.datetime ?? parcel.createdAt),
  }
}
