import type { SimOrderInput } from '../../../../simulators/allegro/sim-order-build.js'
import { SIM_SCOPES } from '../../../../simulators/allegro/sim-records.js'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import type { AllegroClient } from '../../../channels/allegro/allegro-client.js'
import {
  startTestSimulator,
  TEST_SELLER,
  testSellerClient,
} from '../../../channels/allegro/allegro-test-kit.js'

/** The scopes an order sync with tracking push needs (spec: orders:read and orders:write). */
export const ORDER_SCOPES = [...SIM_SCOPES, 'allegro:api:orders:write']

/** Starts an Allegro simulator on a random port with the test app registered. */
export function startOrdersSimulator(): Promise<RunningAllegroSimulator> {
  return startTestSimulator()
}

/** A client for the test seller whose retries sleep for nothing; `slept` records the waits. */
export function ordersClient(sim: RunningAllegroSimulator, slept: number[] = []): AllegroClient {
  return testSellerClient(sim, ORDER_SCOPES, slept)
}

/** Makes a buyer place an order with the test seller (defaults: one kettle, paid). */
export function placeOrder(sim: RunningAllegroSimulator, input: Partial<SimOrderInput> = {}) {
  return sim.state.orders.create({
    sellerLogin: TEST_SELLER,
    buyerLogin: 'kupujacy_testowy',
    items: [{ name: 'Czajnik elektryczny', quantity: 1, priceAmount: '129.99' }],
    ...input,
  })
}
