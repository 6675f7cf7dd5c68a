import type { FastifyError, FastifyInstance } from 'fastify'
import { registerInpostControlRoutes } from './inpost-sim-control-routes.js'
import { InpostSimRequestError, sendShipxError } from './inpost-sim-errors.js'
import { inpostApiGuard } from './inpost-sim-guard.js'
import { InpostSimState } from './inpost-sim-state.js'
import { registerInpostTrackingRoutes } from './inpost-sim-tracking-routes.js'

/** How the simulator plugin is mounted. */
export interface InpostSimulatorOptions {
  /** Shared with the caller so tests and seeds can reach the world; a fresh one by default. */
  state?: InpostSimState
  /** Merged into every route's config, e.g. `{ public: true }` for a host app's auth hook. */
  routeConfig?: Record<string, unknown>
  /** Serve the unauthenticated `/_control` test API (default true). */
  control?: boolean
}

/**
 * Serves InPost ShipX's public tracking resource from memory, with ShipX's error shape, an
 * optional token check, a request budget and injectable faults. Mount it with
 * `app.register(registerInpostSimulator, { prefix: '/_sim/inpost', state })`.
 */
export async function registerInpostSimulator(
  app: FastifyInstance,
  options: InpostSimulatorOptions = {},
): Promise<void> {
  const state = options.state ?? new InpostSimState()
  if (options.routeConfig) {
    const extra = options.routeConfig
    app.addHook('onRoute', (route) => {
      route.config = { ...extra, ...route.config }
    })
  }
  app.addHook('onRequest', inpostApiGuard(state, app.prefix))

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof InpostSimRequestError) {
      return sendShipxError(reply, error.status, error.message, error.details)
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500
    return sendShipxError(reply, status, error.message)
  })
  app.setNotFoundHandler((request, reply) =>
    sendShipxError(reply, 404, `No resource for ${request.method} ${request.url}`),
  )

  registerInpostTrackingRoutes(app, state)
  if (options.control !== false) registerInpostControlRoutes(app, state)
}
