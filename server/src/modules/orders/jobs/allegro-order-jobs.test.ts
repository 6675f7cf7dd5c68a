import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { RunningAllegroSimulator } from '../../../simulators/allegro/start-allegro-simulator.js'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount } from '../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { connectedCredentials, TEST_SELLER } from '../../channels/allegro/allegro-test-kit.js'
import { addShipment } from '../service/shipments/add-shipment.js'
import { placeOrder, startOrdersSimulator } from '../sources/allegro/allegro-orders-test-kit.js'
import { pushShipmentJob } from './push-shipment.js'
import { syncAllegroOrders } from './sync-allegro-orders.js'

let runtime: Runtime
let sim: RunningAllegroSimulator

beforeAll(async () => {
  runtime = await createTestRuntime()
  sim = await startOrdersSimulator()
})
afterAll(async () => {
  await sim.close()
  await runtime.close()
})

describe('Allegro orders', () => {
  it('imports checkout forms with their buyers, keeps the cursor, and sends a parcel back as a waybill', async () => {
    const { workspaceId } = await buildUser(runtime)
    const scope = { workspaceId, actor: systemActor('test') }
    const accountId = await buildChannelAccount(runtime, workspaceId, 'allegro', {
      settings: {
        environment: 'simulator',
        apiUrl: sim.url,
        authUrl: sim.url,
        sellerLogin: TEST_SELLER,
      },
      credentials: { ...connectedCredentials(sim) },
      status: 'active',
    })
    const first = placeOrder(sim, { buyerLogin: 'anna_k' })
    placeOrder(sim, {
      buyerLogin: 'anna_k',
      items: [{ name: 'Filtr do czajnika', quantity: 2, priceAmount: '9.99' }],
    })
    await syncAllegroOrders(runtime, workspaceId, accountId)
    const orders = await runtime.inWorkspace(scope, (ctx) =>
      ctx.trx
        .selectFrom('orders')
        .select(['id', 'externalId', 'customerId', 'totalMinor', 'buyerLogin'])
        .orderBy('placedAt')
        .execute(),
    )
    expect(orders).toHaveLength(2)
    const firstOrder = orders.find((o) => o.externalId === first.id)
    expect(firstOrder?.buyerLogin).toBe('anna_k')
    // One buyer, one customer, who now has two orders.
    expect(new Set(orders.map((o) => o.customerId)).size).toBe(1)
    const customer = await runtime.inWorkspace(scope, (ctx) =>
      ctx.trx
        .selectFrom('customers')
        .select(['ordersCount'])
        .where('id', '=', firstOrder?.customerId as string)
        .executeTakeFirstOrThrow(),
    )
    expect(customer.ordersCount).toBe(2)

    // A later sync reads only what changed since the stored cursor.
    sim.state.orders.cancel(first)
    placeOrder(sim, { buyerLogin: 'marek_z' })
    await syncAllegroOrders(runtime, workspaceId, accountId)
    const after = await runtime.inWorkspace(scope, (ctx) =>
      ctx.trx.selectFrom('orders').select(['externalId', 'status']).execute(),
    )
    expect(after).toHaveLength(3)
    expect(after.find((o) => o.externalId === first.id)?.status).toBe('cancelled_by_buyer')

    const second = orders.find((o) => o.externalId !== first.id)
    const orderId = second?.id as string
    const added = await runtime.inWorkspace(scope, (ctx) =>
      addShipment(ctx, orderId, { trackingNumber: '620145893201457836001111', carrier: 'inpost' }),
    )
    const job = { shipmentId: added.shipmentId, workspaceId }
    await pushShipmentJob(runtime).handle(job, { id: 'test', retryCount: 0 })
    await pushShipmentJob(runtime).handle(job, { id: 'test', retryCount: 1 })
    const external = second?.externalId as string
    const order = sim.state.orders.ofSeller(TEST_SELLER).find((o) => o.id === external)
    expect(order?.shipments.map((w) => w.waybill)).toEqual(['620145893201457836001111'])
    expect(order?.fulfillmentStatus).toBe('SENT')
  })
})
