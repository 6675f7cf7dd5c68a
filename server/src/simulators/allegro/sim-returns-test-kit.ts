import type { SimOrderInput } from './sim-order-build.js'
import { SIM_SCOPES } from './sim-records.js'
import { ALLEGRO_BETA_JSON } from './sim-returns-guard.js'
import { SELLER, type SimCall, startSimForTests } from './sim-test-kit.js'

/** Every scope the returns routes need on top of the simulator's defaults. */
export const RETURNS_SCOPES = [
  ...SIM_SCOPES,
  'allegro:api:disputes',
  'allegro:api:payments:read',
  'allegro:api:payments:write',
]

/** A simulator whose seller token carries the returns scopes, plus a beta media type caller. */
export async function startReturnsSimForTests() {
  const kit = await startSimForTests()
  const reset = kit.reset
  const returnsKit = {
    ...kit,
    get sim() {
      return kit.sim
    },
    get token() {
      return kit.token
    },
    /** Empties the world and connects the seller with the returns scopes. */
    reset() {
      reset()
      kit.token = kit.sim.state.issueTokens('app', SELLER, RETURNS_SCOPES).access_token
    },
    /** A token of `login` with only `scopes`. */
    tokenFor(login: string, scopes: string[]) {
      return kit.sim.state.issueTokens('app', login, scopes).access_token
    },
    /** Calls a beta resource with the beta media type in Accept and Content-Type. */
    beta(path: string, init: SimCall = {}) {
      const headers = new Headers(init.headers)
      if (!headers.has('accept')) headers.set('accept', ALLEGRO_BETA_JSON)
      if (init.json !== undefined && !headers.has('content-type')) {
        headers.set('content-type', ALLEGRO_BETA_JSON)
      }
      return kit.api(path, { ...init, headers })
    },
    /** Places a paid, delivered order with the seller (one kettle, or `items`). */
    deliveredOrder(input: Partial<SimOrderInput> = {}) {
      return kit.sim.state.orders.create({
        sellerLogin: SELLER,
        buyerLogin: 'kupujacy_testowy',
        items: [{ name: 'Czajnik elektryczny', quantity: 2, priceAmount: '100.00' }],
        fulfillmentStatus: 'PICKED_UP',
        delivery: { cost: '10.00' },
        ...input,
      })
    },
  }
  return returnsKit
}
