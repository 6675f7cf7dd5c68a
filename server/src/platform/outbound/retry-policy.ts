/** How hard the client tries before giving up; tests shrink the delays. */
export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number
  /** The first backoff; each retry doubles it up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
  /** A 429 asking to wait longer than this is raised as RateLimitedError instead of slept on. */
  maxRetryAfterMs: number
  /** Per-attempt timeout. */
  timeoutMs: number
}

/** Defaults sized for a background sync: four tries within about ten seconds. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  timeoutMs: 30_000,
}

/**
 * The wait before retry number `attempt` (1-based): exponential with "equal jitter", half fixed
 * and half random, so clients that failed together do not return together.
 * Example: base 500 ms, attempt 3 → between 1000 and 2000 ms.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/** Reads `Retry-After` (seconds or an HTTP date, RFC 9110 §10.2.3) as milliseconds from `now`. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}
