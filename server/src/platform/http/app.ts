import { randomUUID } from 'node:crypto'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type onRequestHookHandler,
  type RouteOptions,
} from 'fastify'
import { registerLiveRoute } from '../events/live-route.js'
import { registerFailedJobRoutes } from '../jobs/failed-jobs-routes.js'
import type { Runtime } from '../runtime.js'
import { AccessLogController } from './access-log.js'
import { apiNotFound, handleError } from './errors.js'
import './fastify-types.js'
import { registerHealth } from './health.js'
import { registerMetrics } from './metrics.js'
import { validatorCompiler } from './validation.js'
import { registerWebApp } from './web-app.js'

/** Options for building the HTTP application. */
export interface HttpAppOptions {
  /** Resolves `request.principal` and refuses unauthenticated or under-privileged calls. */
  authenticate: onRequestHookHandler
  /** Serve the built SPA (off in API tests). */
  serveWeb?: boolean
  /** Registers extra routes after the modules' and before the SPA fallback (simulators). */
  beforeWebApp?: (app: FastifyInstance) => Promise<unknown>
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/

/** Builds the Fastify app: error shape, validation, auth, docs, metrics, health, module routes, SPA. */
export async function buildHttpApp(
  runtime: Runtime,
  options: HttpAppOptions,
): Promise<FastifyInstance> {
  const { config } = runtime
  const app: FastifyInstance = Fastify({
    loggerInstance: runtime.log as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    routerOptions: { ignoreTrailingSlash: true },
    logController: new AccessLogController(),
  })
  const routes: RouteOptions[] = []
  app.decorate('registeredRoutes', routes)
  app.addHook('onRoute', (route) => {
    routes.push(route)
  })
  app.decorateRequest('principal', null)
  app.setValidatorCompiler(validatorCompiler)
  app.setErrorHandler(handleError)
  // Callback-style hooks: no promise per request on the hot path.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers({
      'x-request-id': request.id,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    })
    done()
  })

  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, { global: false })
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Aftersale API',
        version: '1',
        description:
          'Post-sale customer service hub. Authenticate with a session cookie or `Authorization: Bearer as_…` API token.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'aftersale_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
  })
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
  })
  app.addHook('onRequest', options.authenticate)

  registerHealth(app, runtime)
  registerMetrics(app, runtime)
  registerLiveRoute(app, runtime)
  registerFailedJobRoutes(app, runtime)
  for (const module of runtime.modules) {
    if (module.routes) await app.register(async (scope) => module.routes!(scope, runtime))
  }
  await options.beforeWebApp?.(app)
  if (options.serveWeb !== false) await registerWebApp(app)
  else app.setNotFoundHandler(apiNotFound)
  return app
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for the cross-workspace isolation walk. */
    registeredRoutes: RouteOptions[]
  }
}
