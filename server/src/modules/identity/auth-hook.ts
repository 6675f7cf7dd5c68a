import type { FastifyReply, FastifyRequest } from 'fastify'
import { sameSecret } from '../../platform/crypto/secrets.js'
import { AppError, forbidden, unauthenticated } from '../../platform/http/errors.js'
import { hasRole } from './rules/roles.js'
import type { Authenticator } from './service/authenticator.js'

/** Cookie holding the session secret (httpOnly). */
export const SESSION_COOKIE = 'aftersale_session'
/** Cookie the SPA reads and echoes in `x-csrf-token` (double submit, bound to the session). */
export const CSRF_COOKIE = 'aftersale_csrf'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
// Paths served by plugins we do not configure route by route.
const PUBLIC_PREFIXES = ['/api/docs']

/** onRequest hook: resolves the principal from a Bearer token or session cookie, then enforces sign-in, CSRF and the route's minimum role. */
export function createAuthHook(authenticator: Authenticator) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply) {
    const config = request.routeOptions.config ?? {}
    const path = request.url
    // Everything outside /api/ is the SPA's static files, which the login page itself needs.
    const isPublic =
      request.is404 ||
      config.public === true ||
      !path.startsWith('/api/') ||
      PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix))
    const header = request.headers.authorization
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header)
      request.principal = match ? await authenticator.fromApiToken(match[1]!) : null
      if (!request.principal && !isPublic)
        throw unauthenticated('The API token is invalid, revoked or expired.')
    } else {
      const token = request.cookies[SESSION_COOKIE]
      request.principal = token ? await authenticator.fromSession(token) : null
      if (request.principal && !SAFE_METHODS.has(request.method) && !isPublic) {
        const sent = request.headers['x-csrf-token']
        if (typeof sent !== 'string' || !sameSecret(sent, request.principal.csrfToken ?? '')) {
          throw new AppError(
            403,
            'csrf_failed',
            'Missing or wrong x-csrf-token header; reload the page.',
          )
        }
      }
    }
    if (isPublic) return
    if (!request.principal) throw unauthenticated()
    if (config.minRole && !hasRole(request.principal.role, config.minRole)) throw forbidden()
  }
}
