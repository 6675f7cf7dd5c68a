import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  OutboundRateLimitedError,
  OutboundRequestError,
} from '../../../platform/outbound/retrying-fetch.js'
import {
  type RunningInpostSimulator,
  startInpostSimulator,
} from '../../../simulators/inpost/index.js'
import { CarrierServerError } from './carrier-server-error.js'
import { trackerFor } from './index.js'
import { createInpostTracker, type InpostTrackerOptions } from './inpost-tracker.js'

let sim: RunningInpostSimulator
let simNow: number
let sleeps: number[]
const NUMBER = '620000000000000000000001'
const OTHER = '620000000000000000000002'

/** Sleeping moves the simulator's clock, so rate-limit windows pass without real waiting. */
const sleep = async (ms: number) => {
  sleeps.push(ms)
  simNow += ms
}
const tracker = (options: InpostTrackerOptions = {}) =>
  createInpostTracker({ baseUrl: sim.url, sleep, retry: { baseDelayMs: 10 }, ...options })
const at = (iso: string) => new Date(iso)

beforeAll(async () => {
  sim = await startInpostSimulator()
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.state.reset()
  Object.assign(sim.state.config, {
    rateLimit: null,
    requireToken: false,
    trackingRetentionDays: 45,
  })
  simNow = Date.parse('2026-03-05T12:00:00Z')
  sim.state.clock = () => new Date(simNow)
  sleeps = []
})
afterEach(() => vi.restoreAllMocks())

describe('InPost tracker against the ShipX simulator', () => {
  it('maps a locker parcel’s history to events oldest first, normalised, with descriptions', async () => {
    sim.state.createParcel({
      trackingNumber: NUMBER,
      customAttributes: { target_machine_id: 'KRA01M' },
      statuses: [
        { status: 'created', datetime: at('2026-03-01T08:00:00Z') },
        {
          status: 'adopted_at_source_branch',
          datetime: at('2026-03-02T07:00:00Z'),
          agency: 'Warszawa',
        },
        { status: 'other', datetime: at('2026-03-02T09:00:00Z') },
        { status: 'out_for_delivery', datetime: at('2026-03-03T06:00:00Z'), agency: 'Kraków' },
        { status: 'ready_to_pickup', datetime: at('2026-03-03T11:15:00Z') },
      ],
    })
    const [update] = await tracker().track([NUMBER])
    expect(update).toEqual({
      carrier: 'inpost',
      trackingNumber: NUMBER,
      events: [
        {
          occurredAt: at('2026-03-01T08:00:00Z'),
          status: 'info_received',
          rawCode: 'created',
          rawDescription: 'Przesyłka utworzona.',
          location: null,
        },
        {
          occurredAt: at('2026-03-02T07:00:00Z'),
          status: 'in_transit',
          rawCode: 'adopted_at_source_branch',
          rawDescription: 'Przyjęta w oddziale InPost.',
          location: 'Warszawa',
        },
        {
          occurredAt: at('2026-03-02T09:00:00Z'),
          status: 'in_transit',
          rawCode: 'other',
          rawDescription: 'Inny status.',
          location: null,
        },
        {
          occurredAt: at('2026-03-03T06:00:00Z'),
          status: 'out_for_delivery',
          rawCode: 'out_for_delivery',
          rawDescription: 'Przekazano do doręczenia.',
          location: 'Kraków',
        },
        {
          occurredAt: at('2026-03-03T11:15:00Z'),
          status: 'available_for_pickup',
          rawCode: 'ready_to_pickup',
          rawDescription: 'Umieszczona w Paczkomacie (odbiorczym).',
          location: 'KRA01M',
        },
      ],
    })
  })

  it('describes events in English when asked', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'delivered' }] })
    const [update] = await tracker({ language: 'en' }).track([NUMBER])
    expect(update!.events[0]).toMatchObject({ status: 'delivered', rawDescription: 'Delivered.' })
  })

  it('reports unknown numbers as not found, keeping the order of the request', async () => {
    sim.state.createParcel({ trackingNumber: OTHER, statuses: [{ status: 'confirmed' }] })
    const updates = await tracker().track([NUMBER, ` ${OTHER} `])
    expect(updates).toEqual([
      { carrier: 'inpost', trackingNumber: NUMBER, events: [], notFound: true },
      expect.objectContaining({ trackingNumber: OTHER, events: [expect.any(Object)] }),
    ])
    expect(updates[1]!.notFound).toBeUndefined()
  })

  it('tracks many numbers at most four at a time, each answer in its place', async () => {
    const numbers = Array.from(
      { length: 12 },
      (_, i) => `6200000000000000000001${String(i).padStart(2, '0')}`,
    )
    for (const n of numbers)
      sim.state.createParcel({ trackingNumber: n, statuses: [{ status: 'created' }] })
    const realFetch = globalThis.fetch
    let inFlight = 0
    let peak = 0
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (...args) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      try {
        await new Promise((r) => setTimeout(r, 5))
        return await realFetch(...args)
      } finally {
        inFlight--
      }
    })
    const updates = await tracker().track(numbers)
    expect(updates.map((u) => u.trackingNumber)).toEqual(numbers)
    expect(peak).toBe(4)
    expect(sim.state.requests).toHaveLength(12)
  })

  it('retries a 5xx and then succeeds', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'delivered' }] })
    sim.state.traffic.failNext('GET /v1/tracking/*', 503, 2)
    const [update] = await tracker().track([NUMBER])
    expect(update!.events.map((e) => e.status)).toEqual(['delivered'])
    expect(sim.state.requests).toHaveLength(3)
    expect(sleeps).toHaveLength(2)
  })

  it('gives up on a 5xx that outlasts the retries with CarrierServerError', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'delivered' }] })
    sim.state.traffic.failNext('GET /v1/tracking/*', 500, 10)
    const failure = tracker({ retry: { maxAttempts: 3, baseDelayMs: 10 } }).track([NUMBER])
    await expect(failure).rejects.toBeInstanceOf(CarrierServerError)
    await expect(failure).rejects.toMatchObject({ status: 500 })
    expect(sim.state.requests).toHaveLength(3)
  })

  it('waits out a 429 as long as Retry-After asks, within patience', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    sim.state.createParcel({ trackingNumber: OTHER, statuses: [{ status: 'delivered' }] })
    sim.state.config.rateLimit = { budget: 1, windowMs: 2_000 }
    const updates = await tracker({ concurrency: 1 }).track([NUMBER, OTHER])
    expect(updates.map((u) => u.events[0]!.rawCode)).toEqual(['created', 'delivered'])
    expect(sleeps).toEqual([2_000])
  })

  it('throws OutboundRateLimitedError when Retry-After is beyond patience', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    sim.state.traffic.failNext('GET /v1/tracking/*', 429, 1, 120)
    const before = Date.now()
    const failure = tracker().track([NUMBER])
    await expect(failure).rejects.toBeInstanceOf(OutboundRateLimitedError)
    const error = (await failure.catch((e) => e)) as OutboundRateLimitedError
    expect(error.retryAt.getTime()).toBeGreaterThanOrEqual(before + 119_000)
    expect(sleeps).toEqual([])
  })

  it('raises other 4xx as OutboundRequestError, and sends the token when configured', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    sim.state.config.requireToken = true
    sim.state.tokens.add('shipx-token')
    const refused = tracker().track([NUMBER])
    await expect(refused).rejects.toBeInstanceOf(OutboundRequestError)
    await expect(refused).rejects.toMatchObject({
      status: 401,
      body: expect.stringContaining('token_invalid'),
    })
    const [update] = await tracker({ token: 'shipx-token' }).track([NUMBER])
    expect(update!.events).toHaveLength(1)
    expect(sim.state.requests.at(-1)!.authorization).toBe('Bearer shipx-token')
  })

  it('stops the batch at the first failure', async () => {
    const numbers = Array.from({ length: 8 }, (_, i) => `62000000000000000000020${i}`)
    for (const n of numbers)
      sim.state.createParcel({ trackingNumber: n, statuses: [{ status: 'created' }] })
    sim.state.traffic.failNext(`GET /v1/tracking/${numbers[0]}`, 403, 1)
    const failure = tracker({ concurrency: 1 }).track(numbers)
    await expect(failure).rejects.toMatchObject({ status: 403 })
    expect(sim.state.requests).toHaveLength(1)
  })

  it('honours the caller’s abort signal', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    const controller = new AbortController()
    controller.abort()
    await expect(tracker().track([NUMBER], controller.signal)).rejects.toThrow()
  })
})

describe('trackerFor', () => {
  it('gives an InPost tracker pointed at the configured API, and none for other carriers yet', async () => {
    for (const carrier of ['dpd', 'dhl', 'gls', 'ups', 'poczta_polska', 'orlen_paczka'] as const) {
      expect(trackerFor(carrier, {})).toBeNull()
    }
    expect(trackerFor('inpost')?.carrier).toBe('inpost')
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'delivered' }] })
    const inpost = trackerFor('inpost', { inpost: { apiUrl: `${sim.url}/` } }, { sleep })
    const [update] = await inpost!.track([NUMBER])
    expect(update!.events[0]!.status).toBe('delivered')
    expect(sim.state.requests[0]!.authorization).toBeNull()
  })
})
