import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  retryAfterMs,
} from '../../../platform/outbound/retry-policy.js'
import type { RunningAllegroSimulator } from '../../../simulators/allegro/start-allegro-simulator.js'
import { CredentialsRejectedError, RateLimitedError } from '../contract.js'
import { AllegroClient } from './allegro-client.js'
import { AllegroApiError, UncertainOutcomeError } from './allegro-errors.js'
import type { AllegroHttpOptions } from './allegro-http.js'
import { refreshAccessToken } from './allegro-oauth.js'
import {
  connectedCredentials,
  startTestSimulator,
  TEST_APP,
  TEST_SELLER,
} from './allegro-test-kit.js'
import type { AllegroCredentials } from './allegro-types.js'

let sim: RunningAllegroSimulator
let skewMs = 0
let slept: number[] = []
let refreshes = 0

beforeAll(async () => {
  sim = await startTestSimulator()
  // Waiting moves the simulator's clock instead of the test's, so Retry-After costs nothing.
  sim.state.clock = () => new Date(Date.now() + skewMs)
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.state.config.rateLimit = null
  sim.state.traffic.reset()
  skewMs = 0
  slept = []
  refreshes = 0
})

function client(overrides: Partial<AllegroHttpOptions> = {}) {
  return new AllegroClient({
    apiUrl: sim.url,
    credentials: connectedCredentials(sim),
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 },
    sleep: async (ms) => {
      slept.push(ms)
      skewMs += ms
    },
    random: () => 0.5,
    refresh: async (old: AllegroCredentials) => {
      refreshes += 1
      const tokens = await refreshAccessToken({ authUrl: sim.url, ...TEST_APP }, old.refreshToken)
      return { ...old, ...tokens }
    },
    ...overrides,
  })
}

describe('retry policy', () => {
  it('doubles the backoff with equal jitter up to the ceiling', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 500, maxDelayMs: 3000 }
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 0))).toEqual([
      250, 500, 1000, 1500,
    ])
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 1))).toEqual([
      500, 1000, 2000, 3000,
    ])
  })

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('7', 0)).toBe(7000)
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000)
    expect(retryAfterMs('soon', 0)).toBeNull()
    expect(retryAfterMs(null, 0)).toBeNull()
  })
})

describe('AllegroClient', () => {
  it('sends the Allegro media type and reads typed answers', async () => {
    const written = sim.state.write({
      sellerLogin: TEST_SELLER,
      buyerLogin: 'ewa',
      text: 'Dzień dobry',
      orderId: 'o-1',
    })
    const api = client()
    const threads = await api.listThreads({ limit: 1 })
    expect(threads.threads[0]?.id).toBe(written.threadId)
    const messages = await api.listMessages(written.threadId)
    expect(messages.messages[0]).toMatchObject({
      text: 'Dzień dobry',
      relatesTo: { order: { id: 'o-1' } },
    })
    const posted = await api.postThreadMessage(written.threadId, { text: 'Witam' })
    expect((await api.getMessage(posted.id)).text).toBe('Witam')
    expect((await api.markThreadRead(written.threadId)).read).toBe(true)
    expect((await api.me()).login).toBe(TEST_SELLER)
  })

  it('retries 5xx with exponential backoff, then succeeds', async () => {
    sim.state.failNext('/messaging/threads', 503, 2)
    await client().listThreads()
    expect(slept).toEqual([75, 150])
  })

  it('gives up on 5xx after maxAttempts with the API error', async () => {
    sim.state.failNext('/messaging/threads', 500, 5)
    const failing = client().listThreads()
    await expect(failing).rejects.toBeInstanceOf(AllegroApiError)
    await expect(failing).rejects.toMatchObject({ status: 500 })
    expect(slept).toHaveLength(2)
  })

  it('retries network errors (connection refused) and gives up after maxAttempts', async () => {
    const closed = client({ apiUrl: 'http://127.0.0.1:9' })
    await expect(closed.listThreads()).rejects.toThrow()
    expect(slept).toHaveLength(2)
  })

  it('honours Retry-After on 429 and then succeeds', async () => {
    sim.state.config.rateLimit = { budget: 1, windowMs: 2000 }
    const api = client()
    await api.listThreads()
    await api.listThreads()
    expect(slept).toEqual([2000])
  })

  it('raises RateLimitedError with retryAt when 429s outlast the attempts or the wait is too long', async () => {
    sim.state.config.rateLimit = { budget: 1, windowMs: 120_000 }
    const api = client()
    await api.listThreads()
    const before = Date.now()
    const error = await api.listThreads().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitedError)
    const retryAt = (error as RateLimitedError).retryAt.getTime()
    expect(retryAt - before).toBeGreaterThanOrEqual(119_000)
    expect(slept).toEqual([])
  })

  it('refreshes once on 401 and retries with the new token', async () => {
    const api = client()
    sim.state.tokens.expireAccessTokens()
    await api.listThreads()
    expect(refreshes).toBe(1)
    expect(api.http.refreshed).toBe(true)
    await api.listThreads()
    expect(refreshes).toBe(1)
  })

  it('refreshes ahead of time when the stored expiry has passed', async () => {
    const credentials = {
      ...connectedCredentials(sim),
      accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString(),
    }
    const api = client({ credentials })
    await api.listThreads()
    expect(refreshes).toBe(1)
    expect(api.credentials.accessToken).not.toBe(credentials.accessToken)
  })

  it('raises CredentialsRejectedError when the refresh token is revoked or the token stays refused', async () => {
    const api = client()
    sim.state.tokens.revoke(TEST_SELLER)
    await expect(api.listThreads()).rejects.toBeInstanceOf(CredentialsRejectedError)
    const noRefresh = client({
      refresh: undefined,
      credentials: { ...connectedCredentials(sim), accessToken: 'nope' },
    })
    await expect(noRefresh.listThreads()).rejects.toBeInstanceOf(CredentialsRejectedError)
  })

  it('raises CredentialsRejectedError on a missing scope', async () => {
    const narrow = sim.state.issueTokens(TEST_APP.clientId, TEST_SELLER, [
      'allegro:api:profile:read',
    ])
    const credentials = { ...connectedCredentials(sim), accessToken: narrow.access_token }
    await expect(client({ credentials }).listThreads()).rejects.toBeInstanceOf(
      CredentialsRejectedError,
    )
  })

  it('never repeats a new message blindly after a 500, but does after a 503', async () => {
    const thread = sim.state.write({
      sellerLogin: TEST_SELLER,
      buyerLogin: 'ewa.duplikat',
      text: 'Hej',
    }).threadId
    const api = client()
    sim.state.failNext('POST /messaging/threads/*/messages', 500, 1, { afterProcessing: true })
    await expect(api.postThreadMessage(thread, { text: 'Raz' })).rejects.toBeInstanceOf(
      UncertainOutcomeError,
    )
    sim.state.failNext('POST /messaging/threads/*/messages', 503, 1)
    await api.postThreadMessage(thread, { text: 'Dwa' })
    expect(sim.state.messagesOf(thread).map((m) => m.text)).toEqual(['Dwa', 'Raz', 'Hej'])
  })

  it('uploads and downloads attachments with their type and name', async () => {
    const api = client()
    const pdf = Buffer.from('%PDF-1.4 faktura')
    const declared = await api.declareAttachment({ filename: 'faktura.pdf', size: pdf.length })
    await api.uploadAttachment(declared.id, pdf, 'application/pdf')
    const file = await api.downloadAttachment(declared.id)
    expect(file).toEqual({ content: pdf, contentType: 'application/pdf', filename: 'faktura.pdf' })
  })
})
