import type { RetryPolicy } from '../../../platform/outbound/retry-policy.js'
import { OutboundRequestError, retryingFetch } from '../../../platform/outbound/retrying-fetch.js'
import type { CarrierTracker, TrackingUpdate } from '../contract.js'
import { CarrierServerError } from './carrier-server-error.js'
import { trackingUpdateFromShipx } from './inpost-tracking-response.js'

/** The production ShipX API (InPost Integration FAQ: "Production URL"). */
export const INPOST_SHIPX_URL = 'https://api-shipx-pl.easypack24.net'

/** Where and how the InPost tracker calls ShipX; tests shrink the retry delays. */
export interface InpostTrackerOptions {
  /** ShipX base URL without a trailing path, e.g. the simulator's URL. */
  baseUrl?: string
  /** ShipX needs no token for tracking; one is sent when given (organisation API token). */
  token?: string | null
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  /** Parallel requests per batch (default 4), to stay polite under ShipX's limits. */
  concurrency?: number
  /** Language of the event descriptions ("pl" default, else English). */
  language?: string
}

/**
 * A CarrierTracker over ShipX `GET /v1/tracking/:tracking_number`: one request per number, a
 * few at a time, each retried by retryingFetch (5xx, 408, 429 with Retry-After). 404 reads as
 * "not known (yet)". A 429 that outlasts our patience throws OutboundRateLimitedError, another
 * 4xx OutboundRequestError and a persistent 5xx CarrierServerError; the first failure stops the
 * batch and cancels the requests still running.
 */
export function createInpostTracker(options: InpostTrackerOptions = {}): CarrierTracker {
  const baseUrl = (options.baseUrl ?? INPOST_SHIPX_URL).replace(/\/+$/, '')
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.token) headers.authorization = `Bearer ${options.token}`

  async function trackOne(number: string, signal: AbortSignal): Promise<TrackingUpdate> {
    const url = `${baseUrl}/v1/tracking/${encodeURIComponent(number)}`
    const response = await retryingFetch(
      url,
      { method: 'GET', headers },
      { retry: options.retry, sleep: options.sleep, signal },
    )
    if (response.status === 404) {
      await response.body?.cancel()
      return { carrier: 'inpost', trackingNumber: number, events: [], notFound: true }
    }
    const body = await response.text()
    if (response.status >= 500) {
      throw new CarrierServerError(
        `InPost ShipX answered ${response.status} for ${number}`,
        response.status,
      )
    }
    if (!response.ok) {
      throw new OutboundRequestError(
        `InPost ShipX refused tracking ${number} (${response.status})`,
        response.status,
        body,
      )
    }
    let resource: unknown
    try {
      resource = JSON.parse(body)
    } catch {
      throw new CarrierServerError(
        `InPost ShipX sent unreadable tracking for ${number}`,
        response.status,
      )
    }
    return trackingUpdateFromShipx(number, resource, options.language)
  }

  return {
    carrier: 'inpost',
    async track(trackingNumbers, signal) {
      const numbers = trackingNumbers.map((n) => n.replace(/\s+/g, ''))
      const results: TrackingUpdate[] = new Array(numbers.length)
      const batch = new AbortController()
      const combined = signal ? AbortSignal.any([signal, batch.signal]) : batch.signal
      let next = 0
      const worker = async () => {
        while (next < numbers.length && !combined.aborted) {
          const index = next++
          results[index] = await trackOne(numbers[index]!, combined)
        }
      }
      const workers = Math.max(1, Math.min(options.concurrency ?? 4, numbers.length))
      try {
        await Promise.all(Array.from({ length: workers }, worker))
      } catch (error) {
        batch.abort()
        throw error
      }
      signal?.throwIfAborted()
      return results
    },
  }
}
