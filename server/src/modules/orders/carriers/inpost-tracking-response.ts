import type { TrackingEvent, TrackingStatus, TrackingUpdate } from '../contract.js'
import { inpostStatusTitle } from '../rules/carriers/inpost-statuses.js'
import { normalizeTrackingStatus } from '../rules/carriers/normalize-tracking-status.js'

/** One entry of ShipX `tracking_details` as it arrives; every field may be missing. */
interface ShipxDetail {
  status?: unknown
  origin_status?: unknown
  agency?: unknown
  /** Not in the ShipX docs, but some integrations report it; read as a fallback for agency. */
  agent?: unknown
  datetime?: unknown
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

// Statuses at the destination locker: the target machine is where the buyer should go.
const AT_TARGET_MACHINE = new Set(['ready_to_pickup', 'pickup_reminder_sent'])

/**
 * Turns a ShipX tracking resource (history newest first) into a TrackingUpdate with events
 * oldest first. A ShipX status we cannot read ("other", or one newer than our table) does not
 * change the parcel's state, so its event inherits the state before it; one with nothing before
 * it is dropped. Entries without a status or a parseable datetime are skipped.
 */
export function trackingUpdateFromShipx(
  trackingNumber: string,
  body: unknown,
  language = 'pl',
): TrackingUpdate {
  const resource = (body ?? {}) as { tracking_details?: unknown; custom_attributes?: unknown }
  const details = Array.isArray(resource.tracking_details)
    ? (resource.tracking_details as ShipxDetail[])
    : []
  const attributes = (resource.custom_attributes ?? {}) as { target_machine_id?: unknown }
  const targetMachine = text(attributes.target_machine_id)
  const parsed = details
    .map((detail) => {
      const rawCode = text(detail.status)
      const occurredAt = new Date(text(detail.datetime) ?? Number.NaN)
      return { detail, rawCode, occurredAt }
    })
    .filter(
      (x): x is { detail: ShipxDetail; rawCode: string; occurredAt: Date } =>
        x.rawCode !== null && !Number.isNaN(x.occurredAt.getTime()),
    )
    .reverse()
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
  const events: TrackingEvent[] = []
  let previous: TrackingStatus | null = null
  for (const { detail, rawCode, occurredAt } of parsed) {
    const status: TrackingStatus | null = normalizeTrackingStatus('inpost', rawCode) ?? previous
    if (!status) continue
    previous = status
    const atMachine = AT_TARGET_MACHINE.has(rawCode) ? targetMachine : null
    events.push({
      occurredAt,
      status,
      rawCode,
      rawDescription: inpostStatusTitle(rawCode, language),
      location: text(detail.agency) ?? text(detail.agent) ?? atMachine,
    })
  }
  return { carrier: 'inpost', trackingNumber, events }
}
