import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AllegroSimState } from './allegro-sim-state.js'
import { seedAllegroDemo } from './seed-allegro-demo.js'
import { DEMO_ORDER_IDS, DEMO_RETURN_ORDER_IDS } from './sim-order-seed-data.js'
import { startReturnsSimForTests } from './sim-returns-test-kit.js'
import { SELLER } from './sim-test-kit.js'

let kit: Awaited<ReturnType<typeof startReturnsSimForTests>>
beforeAll(async () => {
  kit = await startReturnsSimForTests()
})
afterAll(() => kit.sim.close())
beforeEach(() => kit.reset())

const refund = (json: object, as?: string) =>
  kit.api('/payments/refunds', { method: 'POST', json, ...(as ? { as } : {}) })

/** An InitializeRefund for `quantity` kettles of a delivered order (2 × 100.00 + 10.00). */
function kettleRefund(order: ReturnType<typeof kit.deliveredOrder>, extra: object = {}) {
  return {
    payment: { id: order.payment.id },
    order: { id: order.id },
    reason: 'REFUND',
    lineItems: [{ id: order.lineItems[0]!.id, type: 'QUANTITY', quantity: 1 }],
    ...extra,
  }
}

describe('POST /payments/refunds', () => {
  it('refunds within what was paid and finishes the order’s customer return', async () => {
    const order = kit.deliveredOrder()
    const ret = kit.sim.state.returns.addCustomerReturn({ orderId: order.id, status: 'DELIVERED' })
    const first = await refund(
      kettleRefund(order, { commandId: 'c0a3a1f2-1111-4111-8111-000000000001' }),
    )
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      payment: { id: order.payment.id },
      order: { id: order.id },
      reason: 'REFUND',
      status: 'NEW',
      totalValue: { amount: '100.00', currency: 'PLN' },
      lineItems: [{ id: order.lineItems[0]!.id, type: 'QUANTITY', quantity: 1 }],
    })
    expect(kit.sim.state.returns.returns.get(ret.id)!.status).toBe('FINISHED')

    const partial = kettleRefund(order, {
      lineItems: [
        { id: order.lineItems[0]!.id, type: 'AMOUNT', value: { amount: '60.00', currency: 'PLN' } },
      ],
      delivery: { value: { amount: '10.00', currency: 'PLN' } },
    })
    expect((await refund(partial)).body.totalValue.amount).toBe('70.00')
    // 100 + 60 of the 200 paid for the kettles are back; 50 more would exceed it.
    const tooMuch = kettleRefund(order, {
      lineItems: [
        { id: order.lineItems[0]!.id, type: 'AMOUNT', value: { amount: '50.00', currency: 'PLN' } },
      ],
    })
    const refused = await refund(tooMuch)
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0].path).toBe('lineItems')
    const deliveryAgain = kettleRefund(order, {
      lineItems: [],
      delivery: { value: { amount: '0.01', currency: 'PLN' } },
    })
    expect((await refund(deliveryAgain)).status).toBe(422)

    const listed = await kit.api(`/payments/refunds?payment.id=${order.payment.id}`)
    expect(listed.body.count).toBe(2)
    expect(listed.body.refunds.map((r: { status: string }) => r.status)).toEqual([
      'SUCCESS',
      'SUCCESS',
    ])
  })

  it('answers a repeated command id with the refund it already made', async () => {
    const order = kit.deliveredOrder()
    const body = kettleRefund(order, { commandId: 'c0a3a1f2-1111-4111-8111-000000000002' })
    const first = await refund(body)
    const again = await refund({ ...body, lineItems: [{ ...body.lineItems[0], quantity: 2 }] })
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(first.body.id)
    expect(kit.sim.state.returns.refunds.size).toBe(1)
    // Without a command id every request is a new refund.
    const plain = kettleRefund(order)
    expect((await refund(plain)).body.id).not.toBe(first.body.id)
    expect(kit.sim.state.returns.refunds.size).toBe(2)
  })

  it('refuses unknown payments, unpaid orders, foreign line items and missing fields', async () => {
    const order = kit.deliveredOrder()
    const unpaid = kit.deliveredOrder({ status: 'FILLED_IN', fulfillmentStatus: 'NEW' })
    const stranger = kit.tokenFor('inny_sklep', ['allegro:api:payments:write'])
    expect((await refund(kettleRefund(order), stranger)).status).toBe(404)
    expect((await refund(kettleRefund(unpaid))).status).toBe(422)
    const foreign = kettleRefund(order, {
      lineItems: [{ id: unpaid.lineItems[0]!.id, type: 'QUANTITY', quantity: 1 }],
    })
    expect((await refund(foreign)).status).toBe(422)
    expect((await refund({ ...kettleRefund(order), reason: 'BECAUSE' })).status).toBe(422)
    const ordersOnly = kit.tokenFor(SELLER, ['allegro:api:orders:write'])
    expect((await refund(kettleRefund(order), ordersOnly)).status).toBe(403)
    expect(kit.sim.state.returns.refunds.size).toBe(0)
  })
})

describe('/order/refund-claims', () => {
  it('files one commission refund claim per line item, lists, reads and cancels it', async () => {
    const order = kit.deliveredOrder()
    const lineItem = { id: order.lineItems[0]!.id }
    const created = await kit.api('/order/refund-claims', {
      method: 'POST',
      json: { lineItem, quantity: 2 },
    })
    expect(created.status).toBe(201)
    const duplicate = await kit.api('/order/refund-claims', {
      method: 'POST',
      json: { lineItem, quantity: 1 },
    })
    expect(duplicate.status).toBe(422)
    expect(
      (await kit.api('/order/refund-claims', { method: 'POST', json: { lineItem, quantity: 3 } }))
        .status,
    ).toBe(422)

    const claim = await kit.api(`/order/refund-claims/${created.body.id}`)
    expect(claim.body).toMatchObject({
      status: 'WAITING_FOR_PAYMENT_REFUND',
      quantity: 2,
      commission: { amount: 20, currency: 'PLN' },
      lineItem: { id: lineItem.id, quantity: 2, offer: { id: order.lineItems[0]!.offerId } },
      type: 'MANUAL',
    })
    await refund(kettleRefund(order))
    expect((await kit.api(`/order/refund-claims/${created.body.id}`)).body.status).toBe(
      'IN_PROGRESS',
    )
    const list = await kit.api(
      `/order/refund-claims?lineItem.offer.id=${order.lineItems[0]!.offerId}`,
    )
    expect(list.body).toMatchObject({ count: 1, refundClaims: [{ id: created.body.id }] })
    expect((await kit.api('/order/refund-claims?status=GRANTED')).body.count).toBe(0)

    const stranger = kit.tokenFor('inny_sklep', ['allegro:api:orders:read'])
    expect(
      (await kit.api(`/order/refund-claims/${created.body.id}`, { as: stranger })).status,
    ).toBe(403)
    expect((await kit.api('/order/refund-claims/unknown')).status).toBe(404)
    const path = `/order/refund-claims/${created.body.id}`
    expect((await kit.api(path, { method: 'DELETE' })).status).toBe(204)
    expect((await kit.api(path, { method: 'DELETE' })).status).toBe(422)
  })
})

describe('Allegro demo seed: returns', () => {
  it('declares two returns, a dispute and a claim on the demo orders, repeatably', () => {
    const now = new Date('2026-03-10T12:00:00Z')
    const state = new AllegroSimState({}, () => now)
    const seed = seedAllegroDemo(state, { now, idKey: 'demo' })
    const returns = seed.customerReturnIds.map((id) => state.returns.returns.get(id)!)
    expect(returns.map((r) => r.orderId)).toEqual([
      DEMO_RETURN_ORDER_IDS.dryer,
      DEMO_RETURN_ORDER_IDS.vacuum,
    ])
    expect(returns.map((r) => r.status)).toEqual(['DELIVERED', 'CREATED'])
    const issues = seed.issueIds.map((id) => state.returns.issues.get(id)!)
    expect(issues.map((i) => [i.type, i.orderId])).toEqual([
      ['DISPUTE', DEMO_ORDER_IDS.kettle],
      ['CLAIM', DEMO_ORDER_IDS.blender],
    ])
    for (const ret of returns) {
      const order = state.orders.orders.get(ret.orderId)!
      expect(order.fulfillmentStatus).toBe('PICKED_UP')
      // Declared after the parcel was picked up (the last change to the form).
      expect(ret.createdAt.getTime()).toBeGreaterThan(order.updatedAt.getTime())
    }
    expect(seedAllegroDemo(state, { now, idKey: 'demo' })).toEqual(seed)
    state.reset()
    expect(seedAllegroDemo(state, { now, idKey: 'demo' })).toEqual(seed)
  })
})
