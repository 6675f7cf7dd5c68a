import type { SimOrderInput } from '../../../../simulators/allegro/sim-order-build.js'
import { RETURNS_SCOPES } from '../../../../simulators/allegro/sim-returns-test-kit.js'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import { AllegroClient } from '../../../channels/allegro/allegro-client.js'
import {
  startTestSimulator,
  TEST_APP,
  TEST_SELLER,
} from '../../../channels/allegro/allegro-test-kit.js'

/** Starts an Allegro simulator on a random port with the test app registered. */
export function startReturnsSimulator(): Promise<RunningAllegroSimulator> {
  return startTestSimulator()
}

/** A client for the test seller with the returns scopes whose retries sleep for nothing. */
export function returnsClient(sim: RunningAllegroSimulator, slept: number[] = []): AllegroClient {
  const tokens = sim.state.issueTokens(TEST_APP.clientId, TEST_SELLER, RETURNS_SCOPES)
  return new AllegroClient({
    apiUrl: sim.url,
    credentials: {
      ...TEST_APP,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      accessTokenExpiresAt: new Date(
        sim.state.clock().getTime() + tokens.expires_in * 1000,
      ).toISOString(),
    },
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
    sleep: async (ms) => {
      slept.push(ms)
    },
  })
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
