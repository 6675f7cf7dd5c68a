import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type RunningInpostSimulator, startInpostSimulator } from './start-inpost-simulator.js'

let sim: RunningInpostSimulator
const NUMBER = '612345678901234567890123'

async function call(path: string, init: RequestInit & { json?: unknown } = {}) {
  const headers = new Headers(init.headers)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const response = await fetch(`${sim.url}${path}`, { ...init, headers, body })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  }
}
const track = (number: string, token?: string) =>
  call(`/v1/tracking/${number}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})

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
  sim.state.clock = () => new Date()
})

describe('InPost ShipX simulator: tracking', () => {
  it('answers the ShipX tracking resource with the history newest first', async () => {
    const created = await call('/_control/parcels', {
      method: 'POST',
      json: {
        trackingNumber: NUMBER,
        statuses: [
          {
            status: 'adopted_at_sorting_center',
            datetime: '2026-03-02T10:00:00Z',
            agency: 'Pruszków',
          },
          { status: 'created', datetime: '2026-03-01T08:00:00Z' },
          { status: 'confirmed', datetime: '2026-03-01T09:30:00Z', originStatus: 'PPN' },
        ],
      },
    })
    expect(created.status).toBe(201)
    sim.state.clock = () => new Date('2026-03-03T00:00:00Z')
    const { status, body, headers } = await track(NUMBER)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/json')
    expect(body).toEqual({
      tracking_number: NUMBER,
      service: 'inpost_locker_standard',
      type: 'inpost_locker_standard',
      status: 'adopted_at_sorting_center',
      custom_attributes: expect.objectContaining({
        size: 'A',
        target_machine_id: expect.any(String),
      }),
      tracking_details: [
        {
          status: 'adopted_at_sorting_center',
          origin_status: null,
          agency: 'Pruszków',
          datetime: '2026-03-02T11:00:00.000+01:00',
        },
        {
          status: 'confirmed',
          origin_status: 'PPN',
          agency: null,
          datetime: '2026-03-01T10:30:00.000+01:00',
        },
        {
          status: 'created',
          origin_status: null,
          agency: null,
          datetime: '2026-03-01T09:00:00.000+01:00',
        },
      ],
      expected_flow: [
        'sent_from_sorting_center',
        'adopted_at_target_branch',
        'out_for_delivery',
        'ready_to_pickup',
        'delivered',
      ],
      created_at: '2026-03-01T09:00:00.000+01:00',
      updated_at: '2026-03-02T11:00:00.000+01:00',
    })
  })

  it('writes summer times with the +02:00 offset', async () => {
    sim.state.createParcel({
      trackingNumber: NUMBER,
      statuses: [{ status: 'created', datetime: new Date('2026-07-01T12:00:00Z') }],
    })
    sim.state.clock = () => new Date('2026-07-02T00:00:00Z')
    const { body } = await track(NUMBER)
    expect(body.tracking_details[0].datetime).toBe('2026-07-01T14:00:00.000+02:00')
  })

  it('answers 404 resource_not_found for unknown numbers and after the 45-day retention', async () => {
    const unknown = await track('000000000000000000000000')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual({
      status: 404,
      error: 'resource_not_found',
      message: expect.any(String),
      details: {},
    })
    sim.state.createParcel({
      trackingNumber: NUMBER,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      statuses: [{ status: 'delivered', datetime: new Date('2026-01-03T00:00:00Z') }],
    })
    sim.state.clock = () => new Date('2026-02-14T00:00:00Z') // 44 days
    expect((await track(NUMBER)).status).toBe(200)
    sim.state.clock = () => new Date('2026-02-16T00:00:00Z') // 46 days
    expect((await track(NUMBER)).status).toBe(404)
    sim.state.config.trackingRetentionDays = null
    expect((await track(NUMBER)).status).toBe(200)
  })

  it('serves tracking without a token, accepting an optional one, unless told to require one', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    expect((await track(NUMBER)).status).toBe(200)
    expect((await track(NUMBER, 'anything')).status).toBe(200)
    await call('/_control/config', { method: 'PUT', json: { requireToken: true } })
    await call('/_control/tokens', { method: 'POST', json: { token: 'good-token' } })
    for (const token of [undefined, 'bad-token']) {
      const refused = await track(NUMBER, token)
      expect(refused.status).toBe(401)
      expect(refused.body).toMatchObject({ status: 401, error: 'token_invalid', details: {} })
    }
    expect((await track(NUMBER, 'good-token')).status).toBe(200)
  })

  it('limits requests per client and answers 429 with Retry-After', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    await call('/_control/config', {
      method: 'PUT',
      json: { rateLimit: { budget: 2, windowMs: 60_000 } },
    })
    const first = await track(NUMBER, 'a')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1')
    expect((await track(NUMBER, 'a')).status).toBe(200)
    const limited = await track(NUMBER, 'a')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(59)
    expect(limited.body).toMatchObject({ status: 429, error: 'too_many_requests' })
    expect((await track(NUMBER, 'b')).status).toBe(200)
    sim.state.clock = () => new Date(Date.now() + 61_000)
    expect((await track(NUMBER, 'a')).status).toBe(200)
  })

  it('injects faults in ShipX’s error shape, with Retry-After when asked', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    await call('/_control/faults', {
      method: 'POST',
      json: { pattern: 'GET /v1/tracking/*', status: 503, count: 2, retryAfterSeconds: 3 },
    })
    for (let i = 0; i < 2; i++) {
      const failed = await track(NUMBER)
      expect(failed.status).toBe(503)
      expect(failed.headers.get('retry-after')).toBe('3')
      expect(failed.body).toMatchObject({ status: 503, error: 'service_unavailable' })
    }
    expect((await track(NUMBER)).status).toBe(200)
  })

  it('answers unknown paths with a ShipX 404', async () => {
    const missing = await call('/v1/nothing-here')
    expect(missing.status).toBe(404)
    expect(missing.body.error).toBe('resource_not_found')
  })
})

describe('InPost ShipX simulator: control API', () => {
  it('appends statuses to a parcel and logs what clients sent', async () => {
    await call('/_control/parcels', { method: 'POST', json: { trackingNumber: NUMBER } })
    const moved = await call(`/_control/parcels/${NUMBER}/statuses`, {
      method: 'POST',
      json: {
        statuses: [
          { status: 'created', datetime: '2026-03-01T08:00:00Z' },
          { status: 'ready_to_pickup', datetime: '2026-03-02T08:00:00Z', agency: 'KRA01M' },
        ],
      },
    })
    expect(moved.status).toBe(201)
    expect(moved.body.status).toBe('ready_to_pickup')
    const single = await call(`/_control/parcels/${NUMBER}/statuses`, {
      method: 'POST',
      json: { status: 'delivered' },
    })
    expect(single.body.status).toBe('delivered')
    expect(single.body.tracking_details).toHaveLength(3)
    await track(NUMBER, 'secret')
    const log = await call('/_control/requests')
    expect(log.body).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/v1/tracking/${NUMBER}`,
        authorization: 'Bearer secret',
      }),
    ])
  })

  it('refuses bad control input in ShipX’s validation shape', async () => {
    const missing = await call('/_control/parcels', { method: 'POST', json: { service: 'x' } })
    expect(missing.status).toBe(400)
    expect(missing.body).toMatchObject({
      error: 'validation_failed',
      details: { trackingNumber: ['required'] },
    })
    const badDate = await call('/_control/parcels', {
      method: 'POST',
      json: { trackingNumber: NUMBER, statuses: [{ status: 'created', datetime: 'yesterday' }] },
    })
    expect(badDate.body.details).toEqual({ datetime: ['invalid_format'] })
    const unknown = await call('/_control/parcels/nope/statuses', {
      method: 'POST',
      json: { status: 'created' },
    })
    expect(unknown.status).toBe(404)
  })

  it('resets the world', async () => {
    sim.state.createParcel({ trackingNumber: NUMBER, statuses: [{ status: 'created' }] })
    await call('/_control/reset', { method: 'POST' })
    expect((await track(NUMBER)).status).toBe(404)
    expect((await call('/_control/parcels')).body).toEqual([])
  })
})
