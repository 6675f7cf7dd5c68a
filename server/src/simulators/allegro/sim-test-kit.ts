import { type RunningAllegroSimulator, startAllegroSimulator } from './start-allegro-simulator.js'

/** The Allegro REST media type. */
export const JSON_TYPE = 'application/vnd.allegro.public.v1+json'
/** The seller the simulator tests act as. */
export const SELLER = 'sklep_testowy'

/** Options of one simulator API call: a JSON body to send, or another bearer token. */
export type SimCall = RequestInit & { json?: unknown; as?: string }

/** A simulator for tests with one app and a connected seller, and a caller for its API. */
export async function startSimForTests() {
  const sim: RunningAllegroSimulator = await startAllegroSimulator()
  const kit = {
    sim,
    token: '',
    /** Empties the world and connects the seller anew. */
    reset() {
      sim.state.reset()
      sim.state.config.rateLimit = null
      sim.state.registerApp({ clientId: 'app', clientSecret: 'secret' })
      kit.token = sim.state.issueTokens('app', SELLER).access_token
    },
    /** Calls the API as the seller with the right media type unless told otherwise. */
    async api(path: string, init: SimCall = {}) {
      const headers = new Headers(init.headers)
      if (!headers.has('authorization'))
        headers.set('authorization', `Bearer ${init.as ?? kit.token}`)
      if (!headers.has('accept')) headers.set('accept', JSON_TYPE)
      let body = init.body
      if (init.json !== undefined) {
        if (!headers.has('content-type')) headers.set('content-type', JSON_TYPE)
        body = JSON.stringify(init.json)
      }
      const response = await fetch(`${sim.url}${path}`, { ...init, headers, body })
      const text = await response.text()
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : null,
      }
    },
  }
  return kit
}
