import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import { AllegroApiError } from '../../../channels/index.js'
import {
  cancelRefundClaim,
  createRefund,
  createRefundClaim,
  getRefundClaim,
  listRefundClaims,
  listRefunds,
} from './allegro-refunds-api.js'
import { deliveredOrder, returnsClient, startReturnsSimulator } from './allegro-returns-test-kit.js'
import type { AllegroRefundRequest } from './allegro-returns-types.js'

let sim: RunningAllegroSimulator
beforeAll(async () => {
  sim = await startReturnsSimulator()
})
afterAll(() => sim.close())
beforeEach(() => sim.state.reset())

function oneKettle(order: ReturnType<typeof deliveredOrder>): AllegroRefundRequest {
  return {
    payment: { id: order.payment.id },
    order: { id: order.id },
    reason: 'REFUND',
    lineItems: [{ id: order.lineItems[0]!.id, type: 'QUANTITY', quantity: 1 }],
    delivery: { value: { amount: '10.00', currency: 'PLN' } },
  }
}

describe('createRefund', () => {
  it('pays once per command id, through retries and repeated calls alike', async () => {
    const order = deliveredOrder(sim)
    const commandId = '2f0c6a1e-7d1b-4c57-9a0e-5b2f3c4d5e6f'
    sim.state.failNext('POST /payments/refunds', 500, 1, { afterProcessing: true })
    const slept: number[] = []
    const refund = await createRefund(returnsClient(sim, slept), oneKettle(order), commandId)
    expect(slept).toHaveLength(1)
    expect(refund).toMatchObject({ totalValue: { amount: '110.00', currency: 'PLN' } })
    const again = await createRefund(returnsClient(sim), oneKettle(order), commandId)
    expect(again.id).toBe(refund.id)
    expect(sim.state.returns.refunds.size).toBe(1)
    const listed = await listRefunds(returnsClient(sim), { 'payment.id': order.payment.id })
    expect(listed.map((r) => [r.id, r.status])).toEqual([[refund.id, 'SUCCESS']])
  })

  it('surfaces Allegro’s 422 when the refund exceeds what was paid', async () => {
    const order = deliveredOrder(sim)
    const client = returnsClient(sim)
    await createRefund(client, oneKettle(order), '2f0c6a1e-7d1b-4c57-9a0e-000000000001')
    const tooMuch = {
      ...oneKettle(order),
      lineItems: [],
      delivery: { value: { amount: '0.01', currency: 'PLN' } },
    }
    const refused = createRefund(client, tooMuch, '2f0c6a1e-7d1b-4c57-9a0e-000000000002')
    await expect(refused).rejects.toMatchObject({ status: 422 })
  })
})

describe('commission refund claims', () => {
  it('files one application per line item, even when the first answer is lost', async () => {
    const order = deliveredOrder(sim)
    const line = order.lineItems[0]!
    const claim = { lineItemId: line.id, offerId: line.offerId, quantity: 1 }
    sim.state.failNext('POST /order/refund-claims', 500, 1, { afterProcessing: true })
    const client = returnsClient(sim)
    const first = await createRefundClaim(client, claim)
    expect(first.created).toBe(true)
    expect(await createRefundClaim(client, claim)).toEqual({ id: first.id, created: false })
    expect(sim.state.returns.claims.size).toBe(1)

    expect(await getRefundClaim(client, first.id)).toMatchObject({
      status: 'WAITING_FOR_PAYMENT_REFUND',
      quantity: 1,
      lineItem: { id: line.id },
    })
    const listed = await listRefundClaims(client, { status: 'WAITING_FOR_PAYMENT_REFUND' })
    expect(listed.map((c) => c.id)).toEqual([first.id])
    await cancelRefundClaim(client, first.id)
    await expect(cancelRefundClaim(client, first.id)).rejects.toBeInstanceOf(AllegroApiError)
    // A cancelled application no longer blocks a new one.
    const second = await createRefundClaim(client, claim)
    expect(second.created).toBe(true)
    expect(second.id).not.toBe(first.id)
  })
})
