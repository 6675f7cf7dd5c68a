import Fastify from 'fastify'
import { AllegroSimState } from './allegro-sim-state.js'
import { registerAllegroSimulator } from './register-allegro-simulator.js'
import type { SimConfig } from './sim-records.js'

/** Where to listen and how to configure a fresh state (ignored when `state` is given). */
export interface StartAllegroSimulatorOptions extends Partial<SimConfig> {
  /** 0 (default): a random free port. */
  port?: number
  host?: string
  state?: AllegroSimState
}

/** A simulator listening on its own port. */
export interface RunningAllegroSimulator {
  /** Base URL for both `settings.apiUrl` and `settings.authUrl`. */
  url: string
  state: AllegroSimState
  close(): Promise<void>
}

/** Starts the simulator as a standalone HTTP server on 127.0.0.1. */
export async function startAllegroSimulator(
  options: StartAllegroSimulatorOptions = {},
): Promise<RunningAllegroSimulator> {
  const { port = 0, host = '127.0.0.1', state: given, ...config } = options
  const state = given ?? new AllegroSimState(config)
  const app = Fastify({ logger: false })
  await app.register(registerAllegroSimulator, { state })
  await app.listen({ port, host })
  const address = app.server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  return { url: `http://${host}:${bound}`, state, close: () => app.close() }
}
