import Fastify from 'fastify'
import type { InpostSimConfig } from './inpost-sim-records.js'
import { InpostSimState } from './inpost-sim-state.js'
import { registerInpostSimulator } from './register-inpost-simulator.js'

/** Where to listen and how to configure a fresh state (ignored when `state` is given). */
export interface StartInpostSimulatorOptions extends Partial<InpostSimConfig> {
  /** 0 (default): a random free port. */
  port?: number
  host?: string
  state?: InpostSimState
}

/** A simulator listening on its own port. */
export interface RunningInpostSimulator {
  /** Base URL standing in for https://api-shipx-pl.easypack24.net. */
  url: string
  state: InpostSimState
  close(): Promise<void>
}

/** Starts the simulator as a standalone HTTP server on 127.0.0.1. */
export async function startInpostSimulator(
  options: StartInpostSimulatorOptions = {},
): Promise<RunningInpostSimulator> {
  const { port = 0, host = '127.0.0.1', state: given, ...config } = options
  const state = given ?? new InpostSimState(config)
  const app = Fastify({ logger: false })
  await app.register(registerInpostSimulator, { state })
  await app.listen({ port, host })
  const address = app.server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  return { url: `http://${host}:${bound}`, state, close: () => app.close() }
}
