import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import type { NormalizedOrder } from '../../contract.js'
import { ordersClient, placeOrder, startOrdersSimulator } from './allegro-orders-test-kit.js'
import { type PullAllegroOrdersOptions, pullAllegroOrders } from './pull-allegro-orders.js'

const NOW = new Date('2026-06-01T12:00:00.000Z')
const DAY = 86_400_000
const ago = (days: number) => new Date(NOW.getTime() - days * DAY)

let sim: RunningAllegroSimulator
let slept: number[]
beforeAll(async () => {
  sim = await startOrdersSimulator()
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.state.reset()
  sim.state.clock = () => NOW
  slept = []
})

/** Pulls until the source says it is done, as the sync job does. */
async function syncAll(cursor: string | null, options: PullAllegroOrdersOptions = {}) {
  const client = ordersClient(sim, slept)
  const orders: NormalizedOrder[] = []
  let pages = 0
  for (let done = false; !done; pages++) {
    if (pages > 50) throw new Error('sync does not end')
    const page = await pullAllegroOrders(client, cursor, { now: () => NOW, ...options })
    orders.push(...page.orders)
    cursor = page.nextCursor
    done = page.done
  }
  return { orders, cursor, pages }
}
const latestSeq = () => String(sim.state.orders.events.at(-1)!.seq)

describe('pullAllegroOrders', () => {
  it('imports 90 days of forms first, then follows the event journal from its cursor', async () => {
    placeOrder(sim, { boughtAt: ago(100) })
    const a = placeOrder(sim, { boughtAt: ago(30) })
    const b = placeOrder(sim, { boughtAt: ago(2), fulfillmentStatus: 'SENT' })
    const waybill = { carrierId: 'INPOST', waybill: '620111222333444555666777' }
    sim.state.orders.addShipment(b, waybill, ago(1.9))
    const c = placeOrder(sim, { boughtAt: ago(0.1), status: 'FILLED_IN' })

    const first = await syncAll(null, { pageSize: 2, channelAccountId: 'acc-1' })
    expect(first.orders.map((o) => o.externalId)).toEqual([a.id, b.id, c.id])
    expect(first.orders.map((o) => o.status)).toEqual(['paid', 'shipped', 'placed'])
    expect(first.orders[1]!.shipments).toEqual([
      { carrier: 'inpost', trackingNumber: '620111222333444555666777' },
    ])
    expect(first.orders.every((o) => o.channelAccountId === 'acc-1')).toBe(true)
    expect(first.cursor).toBe(latestSeq())

    sim.state.orders.cancel(a)
    const d = placeOrder(sim, { boughtAt: NOW })
    sim.state.orders.setFulfillment(b, 'PICKED_UP')
    const next = await syncAll(first.cursor)
    expect(next.orders.map((o) => [o.externalId, o.status])).toEqual([
      [a.id, 'cancelled_by_buyer'],
      [d.id, 'paid'],
      [b.id, 'delivered'],
    ])
    expect(next.cursor).toBe(latestSeq())

    // A crash before the new cursor was stored replays the same page: same orders, same cursor.
    const replay = await syncAll(first.cursor)
    expect(replay).toEqual(next)
    const idle = await pullAllegroOrders(ordersClient(sim), next.cursor)
    expect(idle).toEqual({ orders: [], nextCursor: next.cursor, done: true })
  })

  it('misses nothing when forms share a timestamp or change while the first sync runs', async () => {
    const same = Array.from({ length: 5 }, () => placeOrder(sim, { boughtAt: ago(3) }))
    const client = ordersClient(sim)
    const seen: NormalizedOrder[] = []
    let page = await pullAllegroOrders(client, null, { pageSize: 2, now: () => NOW })
    seen.push(...page.orders)
    // Meanwhile a form already read is sent and a new order comes in.
    const read = same.find((order) => order.id === page.orders[0]!.externalId)!
    sim.state.orders.setFulfillment(read, 'SENT')
    const late = placeOrder(sim, { boughtAt: NOW })
    while (!page.done) {
      page = await pullAllegroOrders(client, page.nextCursor, { pageSize: 2, now: () => NOW })
      seen.push(...page.orders)
    }
    const ids = new Set(seen.map((o) => o.externalId))
    expect(ids).toEqual(new Set([...same.map((o) => o.id), late.id]))
    const lastOfRead = seen.filter((o) => o.externalId === read.id).at(-1)!
    expect(lastOfRead.status).toBe('shipped')
  })

  it('recovers from a 503 and, when a page keeps failing, resumes from the same cursor', async () => {
    placeOrder(sim, { boughtAt: ago(1) })
    const { cursor } = await syncAll(null)
    const fresh = placeOrder(sim, { boughtAt: NOW })
    sim.state.failNext('GET /order/events', 503, 1)
    sim.state.failNext('GET /order/checkout-forms/*', 503, 1)
    const recovered = await syncAll(cursor)
    expect(recovered.orders.map((o) => o.externalId)).toEqual([fresh.id])
    expect(slept).toHaveLength(2)

    sim.state.failNext('GET /order/checkout-forms/*', 503, 3)
    await expect(pullAllegroOrders(ordersClient(sim), cursor)).rejects.toThrow(/503|Injected/)
    expect((await syncAll(cursor)).orders.map((o) => o.externalId)).toEqual([fresh.id])
  })
})
