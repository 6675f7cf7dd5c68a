import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  retryAfterMs,
} from '../../../platform/outbound/retry-policy.js'
import { CredentialsRejectedError, RateLimitedError } from '../contract.js'
import { AllegroApiError, AllegroOAuthError, UncertainOutcomeError } from './allegro-errors.js'
import type { AllegroCredentials } from './allegro-types.js'

/** The Allegro REST media type for Accept and Content-Type. */
export const ALLEGRO_MEDIA_TYPE = 'application/vnd.allegro.public.v1+json'

/** How to reach the API, with which tokens, and how to recover from failures. */
export interface AllegroHttpOptions {
  apiUrl: string
  credentials: AllegroCredentials
  /** Gets fresh tokens; without it a 401 is final. */
  refresh?: (credentials: AllegroCredentials) => Promise<AllegroCredentials>
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
}

/** One API call. */
export interface AllegroRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  query?: Record<string, string | number | undefined>
  json?: unknown
  binary?: { content: Buffer; contentType: string }
  /** False for calls that must not be repeated blindly (new messages): see UncertainOutcomeError. */
  idempotent?: boolean
  /** Accept any media type (attachment downloads). */
  anyMediaType?: boolean
  /** Accept and Content-Type when not the public v1 type (beta resources). */
  mediaType?: string
}

/** A successful answer. */
export interface AllegroResponse {
  status: number
  headers: Headers
  body: Buffer
}

// Refreshing this long before the stated expiry avoids a 401 round trip on requests in flight.
const EXPIRY_MARGIN_MS = 60_000

const connectionRefused = (error: unknown) =>
  (error as { cause?: { code?: string } })?.cause?.code === 'ECONNREFUSED'

/** Sends API requests with the bearer token: retries, backs off, refreshes once on 401. */
export class AllegroHttp {
  credentials: AllegroCredentials
  /** True once this instance obtained new tokens, which the caller must persist. */
  refreshed = false
  private readonly policy: RetryPolicy
  private readonly sleep: (ms: number) => Promise<void>
  private readonly now: () => number

  constructor(private readonly options: AllegroHttpOptions) {
    this.credentials = options.credentials
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.now = options.now ?? Date.now
  }

  /** Sends `request` and parses the JSON answer. */
  async json<T>(request: AllegroRequest): Promise<T> {
    const response = await this.send(request)
    return (response.body.length ? JSON.parse(response.body.toString('utf8')) : null) as T
  }

  /** Sends `request`, returning a 2xx answer or throwing the reason it gave up. */
  async send(request: AllegroRequest): Promise<AllegroResponse> {
    let mayRefresh = Boolean(this.options.refresh)
    const expires = Date.parse(this.credentials.accessTokenExpiresAt)
    if (mayRefresh && !(expires - EXPIRY_MARGIN_MS > this.now())) {
      await this.refresh()
      mayRefresh = false
    }
    for (let attempt = 1; ; attempt++) {
      let response: Response
      let body: Buffer | null
      try {
        response = await this.fetchOnce(request)
        // Read inside the try: a connection dropped mid-body is a network failure too.
        body = response.ok ? Buffer.from(await response.arrayBuffer()) : null
      } catch (error) {
        if (request.idempotent === false && !connectionRefused(error)) {
          throw new UncertainOutcomeError(
            `${request.method} ${request.path} may have been applied`,
            error,
          )
        }
        if (attempt >= this.policy.maxAttempts) throw error
        await this.sleep(backoffDelay(attempt, this.policy, this.options.random))
        continue
      }
      if (body) return { status: response.status, headers: response.headers, body }
      const error = AllegroApiError.from(response.status, await response.json().catch(() => null))
      if (response.status === 401) {
        if (!mayRefresh)
          throw new CredentialsRejectedError(`Allegro refused the access token: ${error.message}`)
        mayRefresh = false
        attempt -= 1
        await this.refresh()
        continue
      }
      if (response.status === 403 && error.oauthError) {
        throw new CredentialsRejectedError(`Allegro refused the token's scope: ${error.message}`)
      }
      if (response.status === 429) {
        const wait =
          retryAfterMs(response.headers.get('retry-after'), this.now()) ??
          backoffDelay(attempt, this.policy, this.options.random)
        if (attempt >= this.policy.maxAttempts || wait > this.policy.maxRetryAfterMs) {
          throw new RateLimitedError('Allegro rate limit exceeded', new Date(this.now() + wait))
        }
        await this.sleep(wait)
        continue
      }
      if (response.status >= 500) {
        // A 503 is refused before processing; other 5xx may come after the work was done.
        if (request.idempotent === false && response.status !== 503) {
          throw new UncertainOutcomeError(
            `${request.method} ${request.path} answered ${response.status}`,
            error,
          )
        }
        if (attempt >= this.policy.maxAttempts) throw error
        await this.sleep(backoffDelay(attempt, this.policy, this.options.random))
        continue
      }
      throw error
    }
  }

  private async fetchOnce(request: AllegroRequest): Promise<Response> {
    const url = new URL(`${this.options.apiUrl.replace(/\/+$/, '')}${request.path}`)
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.credentials.accessToken}`,
      accept: request.anyMediaType ? '*/*' : (request.mediaType ?? ALLEGRO_MEDIA_TYPE),
      'accept-language': 'pl-PL',
    }
    let body: Uint8Array<ArrayBuffer> | string | undefined
    if (request.binary) {
      headers['content-type'] = request.binary.contentType
      body = new Uint8Array(request.binary.content)
    } else if (request.json !== undefined) {
      headers['content-type'] = request.mediaType ?? ALLEGRO_MEDIA_TYPE
      body = JSON.stringify(request.json)
    }
    return fetch(url, {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(this.policy.timeoutMs),
    })
  }

  private async refresh(): Promise<void> {
    try {
      this.credentials = await this.options.refresh!(this.credentials)
      this.refreshed = true
    } catch (error) {
      if (error instanceof AllegroOAuthError && error.rejectsCredentials) {
        throw new CredentialsRejectedError(`Allegro refused the refresh token: ${error.message}`)
      }
      throw error
    }
  }
}
