import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSession, type TestSession } from '../../../test/factories.js'
import { buildOrders, shopOrderInput } from '../../../test/order-factories.js'
import { createTestApp } from '../../../test/test-runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestSession

beforeAll(async () => {
  t = await createTestApp()
  owner = await buildSession(t.runtime, t.app)
})
afterAll(() => t.close())

const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: owner.headers, payload: payload as object })

const shopBody = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  buyer: { name: 'Anna Nowak', email: `anna.${externalId}@example.pl`, locale: 'pl' },
  currency: 'PLN',
  items: [
    { name: 'Kawa Kolumbia 1 kg', quantity: 1, unitPriceMinor: 12900, flags: ['perishable'] },
  ],
  shippingMinor: 1499,
  status: 'paid',
  placedAt: new Date().toISOString(),
  ...extra,
})

describe('orders API', () => {
  it('lists orders newest first with a fixed number of queries whatever the page size', async () => {
    const ids = await buildOrders(
      t.runtime,
      owner.workspaceId,
      Array.from({ length: 6 }, (_, i) =>
        shopOrderInput({ placedAt: new Date(Date.now() - i * 60_000) }),
      ),
    )
    const counter = t.runtime.database.counter
    const queriesFor = async (limit: number) => {
      const before = counter.queries
      const response = await api('GET', `/api/v1/orders?limit=${limit}`)
      expect(response.statusCode).toBe(200)
      return { queries: counter.queries - before, body: response.json() }
    }
    const small = await queriesFor(2)
    const large = await queriesFor(6)
    expect(large.queries).toBe(small.queries)
    expect(large.body.items.map((o: { id: string }) => o.id)).toEqual(ids)
    const next = await api('GET', `/api/v1/orders?limit=2&cursor=${small.body.nextCursor}`)
    expect(next.json().items[0].id).toBe(ids[2])
    expect(large.body.items[0].trackingUrl).toMatch(/^\/t\/[0-9a-f]{32}$/)
  })

  it('takes shop orders idempotently and says what was wrong with a bad one', async () => {
    const first = await api('POST', '/api/v1/orders', shopBody('SHOP-1'))
    expect(first.statusCode).toBe(201)
    const again = await api('POST', '/api/v1/orders', shopBody('SHOP-1'))
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(first.json().id)
    const bad = await api('POST', '/api/v1/orders', shopBody('SHOP-2', { currency: 'zł' }))
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('currency')
    const noItems = await api('POST', '/api/v1/orders', shopBody('SHOP-3', { items: [] }))
    expect(noItems.statusCode).toBe(400)
    const detail = (await api('GET', `/api/v1/orders/${first.json().id}`)).json()
    expect(detail.totalMinor).toBe(12900 + 1499)
    expect(detail.items[0].flags).toEqual(['perishable'])
    expect(detail.timeline.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(['placed']),
    )
  })

  it('adds a parcel: the order ships, InPost is recognised and a second add changes nothing', async () => {
    const [id] = await buildOrders(t.runtime, owner.workspaceId, [shopOrderInput()])
    const number = '620145893201457836001842'
    const added = await api('POST', `/api/v1/orders/${id}/shipments`, { trackingNumber: number })
    expect(added.statusCode).toBe(201)
    expect(
      (await api('POST', `/api/v1/orders/${id}/shipments`, { trackingNumber: number })).statusCode,
    ).toBe(200)
    const detail = (await api('GET', `/api/v1/orders/${id}`)).json()
    expect(detail.status).toBe('shipped')
    expect(detail.shipments).toHaveLength(1)
    expect(detail.shipments[0].carrier).toBe('inpost')
    expect(detail.shipment.trackingUrl).toContain(number)
    const bad = await api('POST', `/api/v1/orders/${id}/shipments`, { trackingNumber: '12 34 ÄÖ' })
    expect(bad.json().error.code).toBe('invalid_tracking_number')
  })

  it('records webhook events once, delivers the order and refuses unknown raw codes', async () => {
    const [id] = await buildOrders(t.runtime, owner.workspaceId, [shopOrderInput()])
    const number = '620145893201457836009991'
    await api('POST', `/api/v1/orders/${id}/shipments`, {
      trackingNumber: number,
      carrier: 'inpost',
    })
    const body = {
      carrier: 'inpost',
      trackingNumber: number,
      events: [
        { occurredAt: new Date(Date.now() - 7200_000).toISOString(), rawCode: 'out_for_delivery' },
        { occurredAt: new Date(Date.now() - 60_000).toISOString(), rawCode: 'delivered' },
      ],
    }
    const first = await api('POST', '/api/v1/tracking-events', body)
    expect(first.json(), first.body).toMatchObject({ eventsAdded: 2 })
    expect((await api('POST', '/api/v1/tracking-events', body)).json().eventsAdded).toBe(0)
    const detail = (await api('GET', `/api/v1/orders/${id}`)).json()
    expect(detail.status).toBe('delivered')
    expect(detail.shipments[0].status).toBe('delivered')
    // Added just now, but the carrier scanned it two hours ago: it was shipped by then.
    const shipped = detail.timeline.find(
      (e: { kind: string; code: string }) => e.kind === 'status' && e.code === 'shipped',
    )
    expect(new Date(shipped.at).getTime()).toBe(
      new Date(body.events[0]?.occurredAt as string).getTime(),
    )
    const unknown = await api('POST', '/api/v1/tracking-events', {
      ...body,
      events: [{ occurredAt: new Date().toISOString(), rawCode: 'teleported' }],
    })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().error.message).toContain('teleported')
  })

  it('shows a conversation the order it mentions and the customer behind it', async () => {
    const input = shopOrderInput()
    await buildOrders(t.runtime, owner.workspaceId, [input])
    const { buildChannelAccount, inboundMessage, ingest } = await import(
      '../../../test/inbox-factories.js'
    )
    const account = await buildChannelAccount(t.runtime, owner.workspaceId, 'widget')
    const result = await ingest(t.runtime, owner.workspaceId, account, [
      inboundMessage({
        text: `Gdzie jest zamówienie ${input.number}?`,
        threading: { messageId: null, inReplyTo: null, references: [], orderNumber: input.number },
      }),
    ])
    const context = (
      await api('GET', `/api/v1/conversations/${result.conversationsCreated[0]}/order-context`)
    ).json()
    expect(context.orders[0].number).toBe(input.number)
    expect(context.linkedOrderId).toBe(context.orders[0].id)
  })

  it('keeps the SMS token write-only and validates settings', async () => {
    const saved = await api('PUT', '/api/v1/order-settings', {
      smsToken: 'secret-token-123',
      quietStart: '22:00',
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().smsTokenSet).toBe(true)
    expect(saved.body).not.toContain('secret-token-123')
    expect((await api('PUT', '/api/v1/order-settings', { quietStart: '25:00' })).statusCode).toBe(
      400,
    )
  })
})
