import fastifyMultipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import type { Runtime } from '../../../platform/runtime.js'
import { registerLookupRoutes } from './lookup-routes.js'
import { PortalLimiters } from './portal-limits.js'
import { MULTIPART_LIMITS } from './read-portal-form.js'
import { registerRequestRoutes } from './request-routes.js'
import { registerStatusRoutes } from './status-routes.js'

const FORM_BODY_LIMIT = 64 * 1024

/**
 * The customer returns portal: server-rendered pages without a script, in the tracking page's
 * look and headers (strict CSP, no-store, noindex), PL/EN/DE, every POST rate-limited.
 */
export function registerPortalRoutes(app: FastifyInstance, runtime: Runtime) {
  const limiters = new PortalLimiters()
  // An encapsulated scope: the form and multipart parsers serve the portal's routes only.
  app.register(async (site) => {
    site.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    )
    await site.register(fastifyMultipart, { limits: MULTIPART_LIMITS })
    registerLookupRoutes(site, runtime, limiters)
    registerRequestRoutes(site, runtime, limiters)
    registerStatusRoutes(site, runtime, limiters)
  })
}
