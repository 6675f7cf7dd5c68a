import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startReturnsSimForTests } from './sim-returns-test-kit.js'
import { JSON_TYPE, SELLER } from './sim-test-kit.js'

let kit: Awaited<ReturnType<typeof startReturnsSimForTests>>
beforeAll(async () => {
  kit = await startReturnsSimForTests()
})
afterAll(() => kit.sim.close())
beforeEach(() => kit.reset())

const at = (iso: string) => new Date(iso)

function declare(orderId: string, createdAt: string, extra: object = {}) {
  return kit.sim.state.returns.addCustomerReturn({ orderId, createdAt: at(createdAt), ...extra })
}

describe('GET /order/customer-returns', () => {
  it('lists the seller’s returns oldest first, filtered and paged as the spec names', async () => {
    const a = kit.deliveredOrder({ buyerLogin: 'anna_k' })
    const b = kit.deliveredOrder({ buyerLogin: 'bartek_z' })
    const first = declare(a.id, '2026-05-01T10:00:00Z')
    const second = declare(b.id, '2026-05-03T10:00:00Z', {
      parcels: [{ waybill: 'AD000X1', carrierId: 'ALLEGRO' }],
    })
    const third = declare(a.id, '2026-05-05T10:00:00Z', { status: 'DELIVERED' })
    const foreign = kit.sim.state.orders.create({
      sellerLogin: 'inny_sklep',
      buyerLogin: 'anna_k',
      items: [{ name: 'Toster', quantity: 1, priceAmount: '80.00' }],
    })
    declare(foreign.id, '2026-05-02T10:00:00Z')

    const ids = async (query: string) => {
      const answer = await kit.beta(`/order/customer-returns${query}`)
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toContain('application/vnd.allegro.beta.v1+json')
      expect(answer.body.count).toBe(answer.body.customerReturns.length)
      return answer.body.customerReturns.map((r: { id: string }) => r.id)
    }
    expect(await ids('')).toEqual([first.id, second.id, third.id])
    expect(await ids(`?orderId=${a.id}`)).toEqual([first.id, third.id])
    expect(await ids('?buyer.login=bartek_z')).toEqual([second.id])
    expect(await ids('?status=DELIVERED,DISPATCHED')).toEqual([second.id, third.id])
    expect(await ids('?parcels.waybill=AD000X1')).toEqual([second.id])
    expect(
      await ids('?createdAt.gte=2026-05-02T00:00:00Z&createdAt.lte=2026-05-04T00:00:00Z'),
    ).toEqual([second.id])
    expect(await ids(`?from=${first.id}`)).toEqual([second.id, third.id])
    expect(await ids('?limit=1&offset=1')).toEqual([second.id])
    expect((await kit.beta('/order/customer-returns?status=LOST')).status).toBe(400)
    expect((await kit.beta('/order/customer-returns?limit=1001')).status).toBe(422)
  })

  it('shows one return in the CustomerReturn shape and hides other sellers’ returns', async () => {
    const order = kit.deliveredOrder()
    const ret = declare(order.id, '2026-05-01T10:00:00Z', {
      items: [
        {
          lineItemId: order.lineItems[0]!.id,
          quantity: 1,
          reasonType: 'DAMAGED',
          userComment: 'Pęknięta obudowa',
        },
      ],
    })
    const answer = await kit.beta(`/order/customer-returns/${ret.id}`)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      id: ret.id,
      orderId: order.id,
      buyer: { login: 'kupujacy_testowy', email: order.buyer.email },
      items: [
        {
          offerId: order.lineItems[0]!.offerId,
          quantity: 1,
          price: { amount: '100.00', currency: 'PLN' },
          reason: { type: 'DAMAGED', userComment: 'Pęknięta obudowa' },
        },
      ],
      status: 'CREATED',
      marketplaceId: 'allegro-pl',
    })
    const stranger = kit.tokenFor('inny_sklep', ['allegro:api:orders:read'])
    expect((await kit.beta(`/order/customer-returns/${ret.id}`, { as: stranger })).status).toBe(404)
  })

  it('demands the beta media type and the orders:read scope', async () => {
    const path = '/order/customer-returns'
    expect((await kit.api(path)).status).toBe(406)
    expect((await kit.beta(path, { headers: { accept: JSON_TYPE } })).status).toBe(406)
    const noScope = kit.tokenFor(SELLER, ['allegro:api:messaging'])
    expect((await kit.beta(path, { as: noScope })).status).toBe(403)
    expect((await kit.beta(path, { as: 'nonsense' })).status).toBe(401)
  })
})

describe('POST /order/customer-returns/{id}/rejection', () => {
  it('refuses the refund once; a second rejection is a 422 as the spec says', async () => {
    const ret = declare(kit.deliveredOrder().id, '2026-05-01T10:00:00Z', { status: 'DELIVERED' })
    const path = `/order/customer-returns/${ret.id}/rejection`
    const noReason = await kit.beta(path, {
      method: 'POST',
      json: { rejection: { code: 'REFUND_REJECTED' } },
    })
    expect(noReason.status).toBe(422)
    expect(noReason.body.errors[0].path).toBe('rejection.reason')
    const wrongType = await kit.beta(path, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE },
      json: { rejection: { code: 'BUSINESS_PURCHASE' } },
    })
    expect(wrongType.status).toBe(415)
    const readOnly = kit.tokenFor(SELLER, ['allegro:api:orders:read'])
    const body = {
      rejection: { code: 'REFUND_REJECTED', reason: 'Zwrócony towar jest uszkodzony.' },
    }
    expect((await kit.beta(path, { method: 'POST', json: body, as: readOnly })).status).toBe(403)

    const rejected = await kit.beta(path, { method: 'POST', json: body })
    expect(rejected.status).toBe(200)
    expect(rejected.body.status).toBe('REJECTED')
    expect(rejected.body.rejection).toMatchObject(body.rejection)
    const again = await kit.beta(path, { method: 'POST', json: body })
    expect(again.status).toBe(422)
    expect((await kit.beta(`/order/customer-returns/${ret.id}`)).body.rejection.code).toBe(
      'REFUND_REJECTED',
    )
  })

  it('cannot refuse a return whose payment was already refunded', async () => {
    const ret = declare(kit.deliveredOrder().id, '2026-05-01T10:00:00Z', { status: 'FINISHED' })
    const answer = await kit.beta(`/order/customer-returns/${ret.id}/rejection`, {
      method: 'POST',
      json: { rejection: { code: 'NO_RETURN_RIGHT' } },
    })
    expect(answer.status).toBe(422)
  })
})

describe('/_control/customer-returns', () => {
  it('lets a test declare a return and move it along its timeline', async () => {
    const order = kit.deliveredOrder()
    const created = await kit.api('/_control/customer-returns', {
      method: 'POST',
      json: {
        orderId: order.id,
        parcels: [{ waybill: 'AD000Z9' }],
        createdAt: '2026-05-01T10:00:00Z',
      },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      status: 'DISPATCHED',
      parcels: [{ waybill: 'AD000Z9', carrierId: 'ALLEGRO' }],
    })
    const moved = await kit.api(`/_control/customer-returns/${created.body.id}/status`, {
      method: 'POST',
      json: { status: 'DELIVERED' },
    })
    expect(moved.body.status).toBe('DELIVERED')
    const unknown = await kit.api('/_control/customer-returns', {
      method: 'POST',
      json: { orderId: 'nope' },
    })
    expect(unknown.status).toBe(400)
  })
})
