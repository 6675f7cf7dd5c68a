import Fastify from 'fastify'
import { registerSmsapiSimulator } from './register-smsapi-simulator.js'
import type { SmsapiSimConfig } from './smsapi-sim-records.js'
import { SmsapiSimState } from './smsapi-sim-state.js'

/** Where to listen and how to configure a fresh state (ignored when `state` is given). */
export interface StartSmsapiSimulatorOptions extends Partial<SmsapiSimConfig> {
  /** 0 (default): a random free port. */
  port?: number
  host?: string
  state?: SmsapiSimState
}

/** A simulator listening on its own port. */
export interface RunningSmsapiSimulator {
  /** Base URL to use in place of https://api.smsapi.pl. */
  url: string
  state: SmsapiSimState
  close(): Promise<void>
}

/** Starts the simulator as a standalone HTTP server (127.0.0.1 unless told otherwise). */
export async function startSmsapiSimulator(
  options: StartSmsapiSimulatorOptions = {},
): Promise<RunningSmsapiSimulator> {
  const { port = 0, host = '127.0.0.1', state: given, ...config } = options
  const state = given ?? new SmsapiSimState(config)
  const app = Fastify({ logger: false })
  await app.register(registerSmsapiSimulator, { state })
  await app.listen({ port, host })
  const address = app.server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  return { url: `http://${host}:${bound}`, state, close: () => app.close() }
}
