import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import { AllegroApiError } from '../../../channels/allegro/allegro-errors.js'
import type { AllegroRequest } from '../../../channels/allegro/allegro-http.js'
import { allegroCarrierIdOf } from './allegro-carriers.js'
import { addWaybill, setFulfillmentStatus } from './allegro-order-writes.js'
import { ordersClient, placeOrder, startOrdersSimulator } from './allegro-orders-test-kit.js'

let sim: RunningAllegroSimulator
beforeAll(async () => {
  sim = await startOrdersSimulator()
})
afterAll(() => sim.close())
beforeEach(() => sim.state.reset())

/** Records the requests a client sends; `before` runs first, e.g. to change the world meanwhile. */
function watch(
  client: ReturnType<typeof ordersClient>,
  before?: (request: AllegroRequest) => void,
) {
  const sent: string[] = []
  const json = client.http.json.bind(client.http)
  client.http.json = (async (request: AllegroRequest) => {
    sent.push(`${request.method} ${request.path}`)
    before?.(request)
    return json(request)
  }) as typeof client.http.json
  return sent
}

const shipmentsOf = async (id: string) =>
  (await (await fetch(`${sim.url}/_control/orders/${id}/shipments`)).json()) as Array<{
    waybill: string
    carrierId: string
  }>

describe('addWaybill', () => {
  it('adds a tracking number once, however often it is pushed', async () => {
    const order = placeOrder(sim)
    const client = ordersClient(sim)
    const input = { carrierId: allegroCarrierIdOf('inpost'), waybill: '620111222333444555666777' }
    const first = await addWaybill(client, order.id, input)
    const second = await addWaybill(client, order.id, {
      ...input,
      waybill: ' 620111222333444555666777',
    })
    expect(first).toMatchObject({
      created: true,
      shipment: { carrierId: 'INPOST', waybill: input.waybill },
    })
    expect(second).toEqual({ created: false, shipment: first.shipment })
    expect(await shipmentsOf(order.id)).toEqual([expect.objectContaining(input)])
  })

  it('looks before retrying when the answer to its POST is lost', async () => {
    const order = placeOrder(sim)
    const client = ordersClient(sim)
    const sent = watch(client)
    sim.state.failNext('POST /order/checkout-forms/*/shipments', 500, 1, { afterProcessing: true })
    const pushed = await addWaybill(client, order.id, {
      carrierId: 'DPD',
      waybill: '1000634829311U',
      lineItems: [order.lineItems[0]!.id],
    })
    expect(pushed).toMatchObject({ created: true, shipment: { waybill: '1000634829311U' } })
    expect(await shipmentsOf(order.id)).toHaveLength(1)
    expect(sent.filter((line) => line.startsWith('POST'))).toHaveLength(1)
  })
})

describe('setFulfillmentStatus', () => {
  it('retries once at the new revision when the form changed between read and write', async () => {
    const order = placeOrder(sim)
    const client = ordersClient(sim)
    let raced = false
    const sent = watch(client, (request) => {
      if (request.method === 'PUT' && !raced) {
        raced = true
        // Someone adds a tracking number in Allegro's UI just before our PUT lands.
        sim.state.orders.addShipment(order, { carrierId: 'DPD', waybill: 'UI-1' })
      }
    })
    const result = await setFulfillmentStatus(client, order.id, 'READY_FOR_SHIPMENT')
    expect(result).toEqual({ changed: true })
    expect(order.fulfillmentStatus).toBe('READY_FOR_SHIPMENT')
    expect(sent.filter((line) => line.startsWith('PUT'))).toHaveLength(2)
    const events = sim.state.orders.events.filter((e) => e.type === 'FULFILLMENT_STATUS_CHANGED')
    expect(events).toHaveLength(1)
    expect(await setFulfillmentStatus(client, order.id, 'READY_FOR_SHIPMENT')).toEqual({
      changed: false,
    })
  })

  it('gives up with the 409 when the form keeps changing', async () => {
    const order = placeOrder(sim)
    const client = ordersClient(sim)
    let races = 0
    watch(client, (request) => {
      if (request.method === 'PUT') {
        races += 1
        sim.state.orders.addShipment(order, { carrierId: 'DPD', waybill: `UI-${races}` })
      }
    })
    const failure = await setFulfillmentStatus(client, order.id, 'SENT').catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(AllegroApiError)
    expect((failure as AllegroApiError).status).toBe(409)
    expect(races).toBe(2)
    expect(order.fulfillmentStatus).toBe('NEW')
  })
})
