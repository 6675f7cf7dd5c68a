import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify'
import { AllegroSimState } from './allegro-sim-state.js'
import { registerSimAttachmentRoutes } from './sim-attachment-routes.js'
import { registerSimConsentPages } from './sim-consent-pages.js'
import { registerSimControlRoutes } from './sim-control-routes.js'
import { ALLEGRO_JSON, sendApiError } from './sim-errors.js'
import { registerSimMessagingRoutes } from './sim-messaging-routes.js'
import { registerSimOAuthRoutes } from './sim-oauth-routes.js'
import { registerSimOrderReadRoutes } from './sim-order-read-routes.js'
import { registerSimOrderWriteRoutes } from './sim-order-write-routes.js'
import { SimRequestError } from './sim-params.js'
import { registerSimRefundClaimRoutes } from './sim-returns-claim-routes.js'
import { registerSimReturnsControlRoutes } from './sim-returns-control-routes.js'
import { registerSimCustomerReturnRoutes } from './sim-returns-customer-routes.js'
import { registerSimIssueRoutes } from './sim-returns-issue-routes.js'
import { registerSimRefundRoutes } from './sim-returns-refund-routes.js'

/** How the simulator plugin is mounted. */
export interface AllegroSimulatorOptions {
  /** Shared with the caller so tests and seeds can reach the world; a fresh one by default. */
  state?: AllegroSimState
  /** Merged into every route's config, e.g. `{ public: true }` for a host app's auth hook. */
  routeConfig?: Record<string, unknown>
  /** Serve the unauthenticated `/_control` test API (default true). */
  control?: boolean
}

const FAULT_CODES: Record<number, string> = {
  500: 'InternalServerErrorException',
  502: 'BadGatewayException',
  503: 'ServiceUnavailableException',
  504: 'GatewayTimeoutException',
}

/**
 * Serves Allegro's Message Center, order management, customer returns, post-purchase issues,
 * refunds, OAuth server and consent pages from memory. Mount it with
 * `app.register(registerAllegroSimulator, { prefix: '/_sim/allegro', state })`: it replaces the
 * content-type parsers of its own encapsulated scope to answer 415s the way Allegro does.
 */
export async function registerAllegroSimulator(
  app: FastifyInstance,
  options: AllegroSimulatorOptions = {},
): Promise<void> {
  const state = options.state ?? new AllegroSimState()
  const prefix = app.prefix
  if (options.routeConfig) {
    const extra = options.routeConfig
    app.addHook('onRoute', (route) => {
      route.config = { ...extra, ...route.config }
    })
  }
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))

  // Faults strike before authentication, like a failing gateway in front of the API; "after
  // processing" ones let the request through and replace its answer.
  const lateFaults = new WeakMap<FastifyRequest, number>()
  const faultBody = (status: number) => ({
    code: FAULT_CODES[status] ?? 'InjectedFault',
    message: `Injected fault (${status})`,
  })
  app.addHook('onRequest', async (request, reply) => {
    const path = (request.url.split('?')[0] ?? '').slice(prefix.length) || '/'
    if (path.startsWith('/_control')) return
    const fault = state.traffic.takeFault(request.method, path)
    if (!fault) return
    if (fault.afterProcessing) return void lateFaults.set(request, fault.status)
    return sendApiError(reply, fault.status, faultBody(fault.status))
  })
  app.addHook('onSend', async (request, reply) => {
    const status = lateFaults.get(request)
    if (status === undefined) return
    lateFaults.delete(request)
    reply.code(status).type(ALLEGRO_JSON)
    return JSON.stringify({ errors: [{ ...faultBody(status), details: null, path: null }] })
  })

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof SimRequestError) {
      return sendApiError(reply, error.status, {
        code: error.code,
        message: error.message,
        path: error.path,
      })
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500
    return sendApiError(reply, status, { code: error.code ?? 'Error', message: error.message })
  })
  app.setNotFoundHandler((request, reply) =>
    sendApiError(reply, 404, {
      code: 'NotFoundException',
      message: `No resource for ${request.method} ${request.url}`,
    }),
  )

  registerSimOAuthRoutes(app, state, prefix)
  registerSimConsentPages(app, state)
  registerSimMessagingRoutes(app, state, prefix)
  registerSimAttachmentRoutes(app, state)
  registerSimOrderReadRoutes(app, state)
  registerSimOrderWriteRoutes(app, state)
  registerSimCustomerReturnRoutes(app, state)
  registerSimIssueRoutes(app, state)
  registerSimRefundRoutes(app, state)
  registerSimRefundClaimRoutes(app, state)
  if (options.control !== false) {
    registerSimControlRoutes(app, state)
    registerSimReturnsControlRoutes(app, state)
  }
}
