import type { TrackingStatus } from '../contract.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * When to ask the carrier again: often on the delivery day, every few hours in transit, never
 * after a final status; failures back off exponentially up to half a day.
 */
export function nextTrackingPoll(
  status: TrackingStatus | null,
  failures: number,
  now: Date,
): Date | null {
  if (status === 'delivered' || status === 'returned_to_sender') return null
  if (failures > 0)
    return new Date(now.getTime() + Math.min(12 * HOUR, 15 * MINUTE * 2 ** (failures - 1)))
  const wait =
    status === 'out_for_delivery' ||
    status === 'available_for_pickup' ||
    status === 'failed_attempt'
      ? 30 * MINUTE
      : 2 * HOUR
  return new Date(now.getTime() + wait)
}
