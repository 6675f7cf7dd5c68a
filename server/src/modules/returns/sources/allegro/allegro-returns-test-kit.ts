import type { SimOrderInput } from '../../../../simulators/allegro/sim-order-build.js'
import { RETURNS_SCOPES } from '../../../../simulators/allegro/sim-returns-test-kit.js'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import type { AllegroClient } from '../../../channels/allegro/allegro-client.js'
import {
  startTestSimulator,
  TEST_SELLER,
  testSellerClient,
} from '../../../channels/allegro/allegro-test-kit.js'

/** Starts an Allegro simulator on a random port with the test app registered. */
export function startReturnsSimulator(): Promise<RunningAllegroSimulator> {
  return startTestSimulator()
}

/** A client for the test seller with the returns scopes whose retries sleep for nothing. */
export function returnsClient(sim: RunningAllegroSimulator, slept: number[] = []): AllegroClient {
  return testSellerClient(sim, [...RETURNS_SCOPES], slept)
}

/** A paid order the buyer picked up: two kettles at 100.00 and 10.00 delivery. */
export function deliveredOrder(sim: RunningAllegroSimulator, input: Partial<SimOrderInput> = {}) {
  return sim.state.orders.create({
    sellerLogin: TEST_SELLER,
    buyerLogin: 'kupujacy_testowy',
    items: [{ name: 'Czajnik elektryczny', quantity: 2, priceAmount: '100.00' }],
    fulfillmentStatus: 'PICKED_UP',
    delivery: { cost: '10.00' },
    ...input,
  })
}
