import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { seedAllegroDemo } from './seed-allegro-demo.js'
import { DEMO_ORDER_IDS } from './sim-order-seed.js'
import { SIM_SCOPES } from './sim-records.js'
import { SELLER, type SimCall, startSimForTests } from './sim-test-kit.js'

let kit: Awaited<ReturnType<typeof startSimForTests>>
let writer = ''
let readOnly = ''
const api = (path: string, init?: SimCall) => kit.api(path, { as: writer, ...init })
const state = () => kit.sim.state

beforeAll(async () => {
  kit = await startSimForTests()
})
afterAll(() => kit.sim.close())
beforeEach(() => {
  kit.reset()
  writer = state().issueTokens('app', SELLER, [...SIM_SCOPES]).access_token
  readOnly = state().issueTokens(
    'app',
    SELLER,
    SIM_SCOPES.filter((s) => s !== 'allegro:api:orders:write'),
  ).access_token
})

const place = () =>
  state().orders.create({
    sellerLogin: SELLER,
    buyerLogin: 'anna_k',
    items: [
      { name: 'Czajnik', quantity: 1, priceAmount: '119.99' },
      { name: 'Filtr', quantity: 2, priceAmount: '9.99' },
    ],
  })

describe('Allegro simulator: tracking numbers', () => {
  it('adds a waybill to every line item, lists it and bumps the revision without an event', async () => {
    const order = place()
    const before = order.revision
    const eventsBefore = state().orders.events.length
    const path = `/order/checkout-forms/${order.id}/shipments`
    const created = await api(path, {
      method: 'POST',
      json: { carrierId: 'INPOST', waybill: '620111222333444555666777' },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      carrierId: 'INPOST',
      waybill: '620111222333444555666777',
      lineItems: order.lineItems.map((item) => ({ id: item.id })),
    })
    expect(Buffer.from(created.body.id, 'base64').toString()).toBe(
      'INPOST:620111222333444555666777',
    )
    const listed = await api(path)
    expect(listed.body.shipments).toEqual([created.body])
    const form = await api(`/order/checkout-forms/${order.id}`)
    expect(form.body.fulfillment.shipmentSummary.lineItemsSent).toBe('ALL')
    expect(form.body.revision).not.toBe(before)
    expect(state().orders.events).toHaveLength(eventsBefore)
  })

  it('refuses unknown carriers, bad waybills, foreign line items and a repeated waybill', async () => {
    const order = place()
    const path = `/order/checkout-forms/${order.id}/shipments`
    const post = (json: unknown) => api(path, { method: 'POST', json })
    expect((await post({ carrierId: 'PIGEON', waybill: 'X1' })).status).toBe(400)
    expect((await post({ carrierId: 'DPD', waybill: '' })).status).toBe(400)
    expect((await post({ carrierId: 'DPD', waybill: 'X'.repeat(65) })).status).toBe(400)
    expect((await post({ carrierId: 'OTHER', waybill: 'X1' })).status).toBe(400)
    const foreign = await post({ carrierId: 'DPD', waybill: 'X1', lineItems: [{ id: 'nope' }] })
    expect(foreign.status).toBe(422)
    const first = order.lineItems[0]!.id
    const partial = await post({
      carrierId: 'OTHER',
      carrierName: 'Kurier Jan',
      waybill: 'K-1',
      lineItems: [{ id: first }],
    })
    expect(partial.status).toBe(201)
    expect(partial.body.carrierName).toBe('Kurier Jan')
    const form = await api(`/order/checkout-forms/${order.id}`)
    expect(form.body.fulfillment.shipmentSummary.lineItemsSent).toBe('SOME')
    const again = await post({ carrierId: 'OTHER', carrierName: 'Kurier Jan', waybill: 'K-1' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].path).toBe('waybill')
    expect(
      (
        await kit.api(path, {
          method: 'POST',
          json: { carrierId: 'DPD', waybill: 'X2' },
          as: readOnly,
        })
      ).status,
    ).toBe(403)
    const controlled = await fetch(`${kit.sim.url}/_control/orders/${order.id}/shipments`)
    expect((await controlled.json()).map((s: { waybill: string }) => s.waybill)).toEqual(['K-1'])
  })

  it('lists carriers for any token', async () => {
    const onlyProfile = state().issueTokens('app', SELLER, ['allegro:api:profile:read'])
    const { status, body } = await api('/order/carriers', { as: onlyProfile.access_token })
    expect(status).toBe(200)
    const ids = body.carriers.map((c: { id: string }) => c.id)
    expect(ids).toEqual(expect.arrayContaining(['INPOST', 'DPD', 'POCZTA_POLSKA', 'OTHER']))
  })
})

describe('Allegro simulator: fulfillment status', () => {
  it('sets the status at the current revision, journals it and refuses stale revisions', async () => {
    const order = place()
    const path = (revision: string) =>
      `/order/checkout-forms/${order.id}/fulfillment?checkoutForm.revision=${revision}`
    const stale = order.revision
    const set = await api(path(stale), { method: 'PUT', json: { status: 'PROCESSING' } })
    expect(set.status).toBe(204)
    expect(order.revision).not.toBe(stale)
    const last = state().orders.events.at(-1)!
    expect(last).toMatchObject({ type: 'FULFILLMENT_STATUS_CHANGED', revision: order.revision })
    const conflict = await api(path(stale), { method: 'PUT', json: { status: 'SENT' } })
    expect(conflict.status).toBe(409)
    expect(conflict.body.errors[0].path).toBe('checkoutForm.revision')
    expect(order.fulfillmentStatus).toBe('PROCESSING')
    const unconditional = `/order/checkout-forms/${order.id}/fulfillment`
    expect((await api(unconditional, { method: 'PUT', json: { status: 'RETURNED' } })).status).toBe(
      422,
    )
    expect((await api(unconditional, { method: 'PUT', json: { status: 'LOST' } })).status).toBe(422)
    const events = state().orders.events.length
    expect(
      (await api(unconditional, { method: 'PUT', json: { status: 'PROCESSING' } })).status,
    ).toBe(204)
    expect(state().orders.events).toHaveLength(events)
    expect(
      (await kit.api(unconditional, { method: 'PUT', json: { status: 'SENT' }, as: readOnly }))
        .status,
    ).toBe(403)
  })
})

describe('Allegro demo seed: orders', () => {
  it('gives the demo seller eight varied orders, the three the buyers write about among them', () => {
    const now = new Date('2026-03-10T12:00:00Z')
    const seed = seedAllegroDemo(state(), { now, idKey: 'demo' })
    expect(seed.orderIds).toHaveLength(8)
    expect(seed.orderIds).toEqual(expect.arrayContaining(Object.values(DEMO_ORDER_IDS)))
    const forms = seed.orderIds.map((id) => state().orders.orders.get(id)!)
    const kettle = state().orders.orders.get(DEMO_ORDER_IDS.kettle)!
    expect(kettle.lineItems[0]!.name).toMatch(/Czajnik/)
    expect(kettle.fulfillmentStatus).toBe('READY_FOR_SHIPMENT')
    expect(kettle.delivery.dispatchTo.getTime() - now.getTime()).toBeLessThanOrEqual(6 * 3_600_000)
    expect(state().orders.orders.get(DEMO_ORDER_IDS.blender)!.lineItems[0]!.name).toMatch(/Blender/)
    const kinds = new Set(forms.map((f) => `${f.status}/${f.fulfillmentStatus}`))
    for (const kind of [
      'FILLED_IN/NEW',
      'CANCELLED/NEW',
      'READY_FOR_PROCESSING/SENT',
      'READY_FOR_PROCESSING/PICKED_UP',
    ]) {
      expect(kinds, kind).toContain(kind)
    }
    const sent = forms.filter((f) => f.fulfillmentStatus === 'SENT')
    expect(sent.flatMap((f) => f.shipments.map((s) => s.carrierId))).toContain('INPOST')
    expect(seedAllegroDemo(state(), { now, idKey: 'demo' }).orderIds).toEqual(seed.orderIds)
    state().reset()
    expect(seedAllegroDemo(state(), { now, idKey: 'demo' }).orderIds).toEqual(seed.orderIds)
  })
})
