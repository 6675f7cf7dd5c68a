import type { FastifyInstance, FastifyRequest } from 'fastify'
import { registerSimControlRoutes } from './sim-control-routes.js'
import { registerSimSmsRoutes } from './sim-sms-routes.js'
import { SmsapiSimState } from './smsapi-sim-state.js'

/** How the simulator plugin is mounted. */
export interface SmsapiSimulatorOptions {
  /** Shared with the caller so tests can reach the world; a fresh one by default. */
  state?: SmsapiSimState
  /** Merged into every route's config, e.g. `{ public: true }` for a host app's auth hook. */
  routeConfig?: Record<string, unknown>
  /** Serve the unauthenticated `/_control` test API (default true). */
  control?: boolean
}

// What a gateway in front of the API answers when it fails; 500 is the API's own error.
const GATEWAY_PAGE = (status: number) =>
  `<html><head><title>${status}</title></head><body><center><h1>${status}</h1></center></body></html>`

/**
 * Serves SMSAPI.pl's `sms.do` from memory, with `/_control` for tests. Mount it with
 * `app.register(registerSmsapiSimulator, { prefix: '/_sim/smsapi', state })`; it reads bodies
 * itself (form-urlencoded in the request's charset, or JSON) in its own encapsulated scope.
 */
export async function registerSmsapiSimulator(
  app: FastifyInstance,
  options: SmsapiSimulatorOptions = {},
): Promise<void> {
  const state = options.state ?? new SmsapiSimState()
  const prefix = app.prefix
  if (options.routeConfig) {
    const extra = options.routeConfig
    app.addHook('onRoute', (route) => {
      route.config = { ...extra, ...route.config }
    })
  }
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))

  const lateFaults = new WeakMap<FastifyRequest, number>()
  const faultReply = (status: number) =>
    status === 500
      ? {
          type: 'application/json',
          body: JSON.stringify({ error: 201, message: 'Internal system error (please report)' }),
        }
      : { type: 'text/html', body: GATEWAY_PAGE(status) }
  app.addHook('onRequest', async (request, reply) => {
    const path = (request.url.split('?')[0] ?? '').slice(prefix.length) || '/'
    if (path.startsWith('/_control')) return
    const fault = state.traffic.takeFault(request.method, path)
    if (!fault) return
    if (fault.afterProcessing) return void lateFaults.set(request, fault.status)
    const { type, body } = faultReply(fault.status)
    return reply.code(fault.status).type(type).send(body)
  })
  app.addHook('onSend', async (request, reply) => {
    const status = lateFaults.get(request)
    if (status === undefined) return
    lateFaults.delete(request)
    const { type, body } = faultReply(status)
    reply.code(status).type(type)
    return body
  })

  registerSimSmsRoutes(app, state)
  if (options.control !== false) registerSimControlRoutes(app, state)
}
