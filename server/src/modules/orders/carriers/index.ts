import type { CarrierCode, CarrierTracker } from '../contract.js'
import { createInpostTracker, type InpostTrackerOptions } from './inpost-tracker.js'

export type { CarrierTracker } from '../contract.js'
export { CarrierServerError } from './carrier-server-error.js'
export {
  createInpostTracker,
  INPOST_SHIPX_URL,
  type InpostTrackerOptions,
} from './inpost-tracker.js'
export { trackingUpdateFromShipx } from './inpost-tracking-response.js'

/** One carrier's API settings in a workspace. */
export interface CarrierApiSettings {
  /** Base URL of the carrier's API, e.g. the simulator; the carrier's public API by default. */
  apiUrl?: string | null
  /** API token, for carriers whose tracking needs one (InPost's does not). */
  token?: string | null
}

/** Every carrier's API settings: the orders settings' `carrierSettings`. */
export type CarrierTrackingSettings = Partial<Record<CarrierCode, CarrierApiSettings | null>>

/** How trackers retry; tests shrink the delays. */
export type TrackerRuntimeOptions = Pick<InpostTrackerOptions, 'retry' | 'sleep' | 'concurrency'>

/**
 * The tracker that polls a carrier's API, or null for carriers Aftersale cannot poll yet (all
 * but InPost, whose public ShipX tracking needs no account).
 * Example: trackerFor('inpost', settings.carrierSettings).
 */
export function trackerFor(
  carrier: CarrierCode,
  settings: CarrierTrackingSettings = {},
  runtime: TrackerRuntimeOptions = {},
): CarrierTracker | null {
  if (carrier !== 'inpost') return null
  const own = settings.inpost ?? {}
  return createInpostTracker({
    ...runtime,
    baseUrl: own.apiUrl ?? undefined,
    token: own.token ?? null,
  })
}
