import type { FastifyInstance } from 'fastify'
import { identityServices } from './modules/identity/index.js'
import { buildHttpApp } from './platform/http/app.js'
import type { Runtime } from './platform/runtime.js'
import { mountSimulators } from './simulators/mount-simulators.js'

/** The composition root of the web role: the platform's HTTP app with identity's authentication. */
export async function createApp(
  runtime: Runtime,
  options: { serveWeb?: boolean } = {},
): Promise<FastifyInstance> {
  return buildHttpApp(runtime, {
    authenticate: identityServices(runtime).authHook,
    ...options,
    beforeWebApp: runtime.config.simulators ? (app) => mountSimulators(app, runtime) : undefined,
  })
}
