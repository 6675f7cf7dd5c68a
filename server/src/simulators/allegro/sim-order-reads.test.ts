import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SimOrderInput } from './sim-order-build.js'
import { SELLER, type SimCall, startSimForTests } from './sim-test-kit.js'

let kit: Awaited<ReturnType<typeof startSimForTests>>
const api = (path: string, init?: SimCall) => kit.api(path, init)
const orders = () => kit.sim.state.orders
const control = (path: string, body: unknown) =>
  fetch(`${kit.sim.url}${path}`, { method: 'POST', body: JSON.stringify(body) })

beforeAll(async () => {
  kit = await startSimForTests()
})
afterAll(() => kit.sim.close())
// A fixed clock: the simulator hides events older than 60 days, whatever day the tests run.
const NOW = new Date('2026-03-10T12:00:00Z')
beforeEach(() => {
  kit.sim.state.clock = () => NOW
  kit.reset()
})

const place = (extra: Partial<SimOrderInput> = {}) =>
  orders().create({
    sellerLogin: SELLER,
    buyerLogin: 'anna_k',
    items: [{ name: 'Czajnik', quantity: 2, priceAmount: '49.99' }],
    ...extra,
  })

type Event = { id: string; type: string; order: { checkoutForm: { id: string } } }

describe('Allegro simulator: order events', () => {
  it('journals a purchase as BOUGHT, FILLED_IN, READY_FOR_PROCESSING with growing ids', async () => {
    const order = place({ boughtAt: new Date('2026-03-02T10:00:00Z') })
    const { status, body } = await api('/order/events')
    expect(status).toBe(200)
    expect(body.events.map((e: Event) => e.type)).toEqual([
      'BOUGHT',
      'FILLED_IN',
      'READY_FOR_PROCESSING',
    ])
    const ids = body.events.map((e: Event) => BigInt(e.id))
    expect(ids[1] > ids[0] && ids[2] > ids[1]).toBe(true)
    expect(body.events[0]).toMatchObject({
      occurredAt: '2026-03-02T10:00:00.000Z',
      order: {
        buyer: { login: 'anna_k', guest: false },
        lineItems: [{ quantity: 2, price: { amount: '49.99', currency: 'PLN' } }],
        checkoutForm: { id: order.id },
        marketplace: { id: 'allegro-pl' },
      },
    })
    expect(body.events[2].order.checkoutForm.revision).toBe(order.revision)
    const stats = await api('/order/event-stats')
    expect(stats.body.latestEvent.id).toBe(body.events[2].id)
  })

  it('reads after `from`, filters by repeated `type`, bounds `limit` and hides other sellers', async () => {
    place()
    orders().create({
      sellerLogin: 'inny_sklep',
      buyerLogin: 'anna_k',
      items: [{ name: 'Toster', quantity: 1, priceAmount: '99.00' }],
    })
    const all = (await api('/order/events')).body.events as Event[]
    expect(all).toHaveLength(3)
    const after = await api(`/order/events?from=${all[0]!.id}&limit=1`)
    expect(after.body.events.map((e: Event) => e.id)).toEqual([all[1]!.id])
    const typed = await api('/order/events?type=BOUGHT&type=READY_FOR_PROCESSING')
    expect(typed.body.events.map((e: Event) => e.type)).toEqual(['BOUGHT', 'READY_FOR_PROCESSING'])
    for (const bad of ['limit=1001', 'limit=0', 'type=PAID', 'from=abc']) {
      expect((await api(`/order/events?${bad}`)).status, bad).toBe(422)
    }
  })

  it('answers no latest event for a seller without orders and forgets events after 60 days', async () => {
    expect((await api('/order/event-stats')).body).toEqual({})
    place({ boughtAt: new Date('2026-01-20T00:00:00Z') })
    expect((await api('/order/events')).body.events).toHaveLength(3)
    kit.sim.state.clock = () => new Date('2026-03-22T00:00:00Z')
    kit.token = kit.sim.state.issueTokens('app', SELLER).access_token
    expect((await api('/order/events')).body.events).toEqual([])
  })
})

describe('Allegro simulator: checkout forms', () => {
  it('serves a form in the spec shape with a relay e-mail, dispatch deadline and total', async () => {
    const dispatchBy = new Date('2026-03-04T12:00:00Z')
    const order = place({
      boughtAt: new Date('2026-03-02T10:00:00Z'),
      dispatchBy,
      buyer: { firstName: 'Anna', lastName: 'Kowal', language: 'pl-PL' },
      invoice: { required: true, company: { name: 'Kowal Sp. z o.o.', taxId: '5260250995' } },
    })
    const { status, body } = await api(`/order/checkout-forms/${order.id}`)
    expect(status).toBe(200)
    expect(body.buyer.email).toMatch(/^[0-9a-f]{10}\+[0-9a-f]{4}@allegromail\.pl$/)
    expect(body).toMatchObject({
      id: order.id,
      status: 'READY_FOR_PROCESSING',
      buyer: {
        login: 'anna_k',
        firstName: 'Anna',
        lastName: 'Kowal',
        preferences: { language: 'pl-PL' },
      },
      payment: { type: 'ONLINE', paidAmount: { amount: '109.97', currency: 'PLN' } },
      fulfillment: { status: 'NEW', shipmentSummary: { lineItemsSent: 'NONE' } },
      delivery: {
        method: { name: 'Allegro Paczkomaty InPost' },
        cost: { amount: '9.99' },
        time: { dispatch: { to: dispatchBy.toISOString() } },
      },
      invoice: { required: true, address: { company: { name: 'Kowal Sp. z o.o.' } } },
      lineItems: [{ offer: { name: 'Czajnik' }, quantity: 2, price: { amount: '49.99' } }],
      surcharges: [],
      summary: { totalToPay: { amount: '109.97', currency: 'PLN' } },
      marketplace: { id: 'allegro-pl' },
      revision: order.revision,
    })
    expect(body.revision).toMatch(/^[0-9a-f]{8}$/)
  })

  it('answers 404 for unknown and foreign forms, 422 for a malformed id', async () => {
    const foreign = orders().create({
      sellerLogin: 'inny_sklep',
      buyerLogin: 'anna_k',
      items: [{ name: 'Toster', quantity: 1, priceAmount: '99.00' }],
    })
    const unknown = await api('/order/checkout-forms/29738e61-7f6a-11e8-ac45-09db60ede9d6')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0]).toMatchObject({ code: 'NOT_FOUND' })
    expect((await api(`/order/checkout-forms/${foreign.id}`)).status).toBe(404)
    expect((await api(`/order/checkout-forms/${foreign.id}/shipments`)).status).toBe(404)
    expect((await api('/order/checkout-forms/not-a-uuid')).status).toBe(422)
    const anonymous = await api(`/order/checkout-forms/${foreign.id}`, {
      headers: { authorization: '' },
    })
    expect(anonymous.status).toBe(401)
  })

  it('filters, sorts and pages the list', async () => {
    const day = (d: number) => new Date(Date.UTC(2026, 2, d, 9))
    const a = place({ boughtAt: day(1) })
    const b = place({ boughtAt: day(2), status: 'FILLED_IN' })
    const c = place({ boughtAt: day(3), fulfillmentStatus: 'SENT' })
    const ids = async (query: string) => {
      const { status, body } = await api(`/order/checkout-forms?${query}`)
      expect(status, query).toBe(200)
      return body.checkoutForms.map((f: { id: string }) => f.id)
    }
    expect(await ids('')).toEqual([c.id, b.id, a.id])
    expect(await ids('sort=lineItems.boughtAt')).toEqual([a.id, b.id, c.id])
    expect(await ids('status=FILLED_IN')).toEqual([b.id])
    expect(await ids('fulfillment.status=SENT')).toEqual([c.id])
    const window = `lineItems.boughtAt.gte=${day(2).toISOString()}&lineItems.boughtAt.lte=${day(2).toISOString()}`
    expect(await ids(window)).toEqual([b.id])
    expect(await ids(`updatedAt.gte=${day(3).toISOString()}`)).toEqual([c.id])
    const page = await api('/order/checkout-forms?limit=1&offset=1&sort=updatedAt')
    expect(page.body).toMatchObject({ count: 1, totalCount: 3 })
    expect(page.body.checkoutForms[0].id).toBe(b.id)
    expect((await api('/order/checkout-forms?limit=101')).status).toBe(422)
    expect((await api('/order/checkout-forms?status=PAID')).status).toBe(400)
    expect((await api('/order/checkout-forms?sort=price')).status).toBe(400)
  })

  it('places and cancels orders through the control API', async () => {
    const created = await control('/_control/orders', {
      sellerLogin: SELLER,
      buyerLogin: 'jan_b',
      items: [{ name: 'Blender', quantity: 1, priceAmount: '199.00', externalId: 'BL-1' }],
      status: 'FILLED_IN',
      boughtAt: '2026-03-01T08:00:00Z',
    })
    expect(created.status).toBe(201)
    const form = await created.json()
    expect(form).toMatchObject({
      status: 'FILLED_IN',
      lineItems: [{ offer: { external: { id: 'BL-1' } } }],
    })
    const cancelled = await control(`/_control/orders/${form.id}/cancel`, {})
    expect((await cancelled.json()).status).toBe('CANCELLED')
    const events = (await api('/order/events')).body.events.map((e: Event) => e.type)
    expect(events).toEqual(['BOUGHT', 'FILLED_IN', 'BUYER_CANCELLED'])
    await control(`/_control/orders/${form.id}/cancel`, { auto: true })
    expect((await api('/order/events?type=AUTO_CANCELLED')).body.events).toHaveLength(1)
    const bad = await control('/_control/orders', {
      sellerLogin: SELLER,
      buyerLogin: 'x',
      items: [],
    })
    expect(bad.status).toBe(400)
  })
})
