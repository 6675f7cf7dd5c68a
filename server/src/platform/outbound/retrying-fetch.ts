import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  retryAfterMs,
} from './retry-policy.js'

/** A third-party API asked us to slow down for longer than we are willing to wait in place. */
export class OutboundRateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message)
    this.name = 'OutboundRateLimitedError'
  }
}

/** A third-party API answered with an error that retrying will not fix (4xx other than 408/429). */
export class OutboundRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(message)
    this.name = 'OutboundRequestError'
  }
}

/** How one call is retried; tests shrink the delays and pass a fake sleep. */
export interface RetryingFetchOptions {
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
  /** False for calls that must not be repeated blindly: only failures before a response retry. */
  idempotent?: boolean
  signal?: AbortSignal
}

const retriableStatus = (status: number) => status === 408 || status === 429 || status >= 500

/**
 * Fetches with a per-attempt timeout, retrying network errors, 408, 429 and 5xx with jittered
 * exponential backoff and honouring Retry-After (RFC 9110 §10.2.3); returns the first 2xx–4xx
 * answer that retrying cannot change, or throws once the attempts run out.
 */
export async function retryingFetch(
  url: string,
  init: RequestInit,
  options: RetryingFetchOptions = {},
): Promise<Response> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const idempotent = options.idempotent ?? true
  for (let attempt = 1; ; attempt++) {
    const timeout = AbortSignal.timeout(policy.timeoutMs)
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
    let response: Response
    try {
      response = await fetch(url, { ...init, signal })
    } catch (error) {
      if (options.signal?.aborted) throw error
      // A timeout may hide a request the server did process: only idempotent calls repeat it.
      const beforeSending = (error as { cause?: { code?: string } })?.cause?.code === 'ECONNREFUSED'
      if (attempt >= policy.maxAttempts || (!idempotent && !beforeSending)) throw error
      await sleep(backoffDelay(attempt, policy, options.random))
      continue
    }
    if (!retriableStatus(response.status)) return response
    const wait = retryAfterMs(response.headers.get('retry-after'), now())
    if (response.status === 429 && wait !== null && wait > policy.maxRetryAfterMs) {
      await response.body?.cancel()
      throw new OutboundRateLimitedError(`${url} is rate limited`, new Date(now() + wait))
    }
    if (attempt >= policy.maxAttempts) {
      if (response.status === 429)
        throw new OutboundRateLimitedError(
          `${url} is rate limited`,
          new Date(now() + (wait ?? policy.maxDelayMs)),
        )
      return response
    }
    await response.body?.cancel()
    await sleep(wait ?? backoffDelay(attempt, policy, options.random))
  }
}
