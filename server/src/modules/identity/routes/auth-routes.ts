import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { badRequest } from '../../../platform/http/errors.js'
import { principalOf } from '../../../platform/http/request-context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { CSRF_COOKIE, SESSION_COOKIE } from '../auth-hook.js'
import { identityServices } from '../identity-services.js'
import { Body, Email, errorResponses, MeSchema, Uuid } from '../schemas.js'
import { type IssuedSession, login, logout, switchWorkspace } from '../service/sessions.js'

/** Sets the session and CSRF cookies for a freshly issued session. */
export function setSessionCookies(runtime: Runtime, reply: FastifyReply, session: IssuedSession) {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: runtime.config.secureCookies,
    maxAge: runtime.config.sessionMaxDays * 86_400,
  }
  reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true })
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false })
}

/** Loads `Me` for a session just issued in this request. */
export async function meForSession(
  runtime: Runtime,
  request: FastifyRequest,
  session: IssuedSession,
) {
  const principal = await identityServices(runtime).authenticator.fromSession(session.token)
  if (!principal) throw new Error('a session issued in this request could not be read back')
  request.principal = principal
  return identityServices(runtime).profiles.load(principal)
}

/** Sign-in, sign-out and workspace switching. */
export function registerAuthRoutes(app: FastifyInstance, runtime: Runtime) {
  app.post(
    '/api/v1/auth/login',
    {
      config: {
        public: true,
        // Per-address anti-automation on top of the per-account lockout.
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        security: [],
        body: Body({ email: Email, password: Type.String({ minLength: 1, maxLength: 1024 }) }),
        response: { 200: MeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as { email: string; password: string }
      const session = await login(runtime, body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE] ?? null,
      })
      setSessionCookies(runtime, reply, session)
      return meForSession(runtime, request, session)
    },
  )

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token) await logout(runtime, token)
      const principal = request.principal
      if (principal)
        identityServices(runtime).invalidate({ kind: principal.kind, id: principal.credentialId })
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' })
      return reply.status(204).send()
    },
  )

  app.post(
    '/api/v1/auth/switch-workspace',
    {
      schema: {
        tags: ['auth'],
        summary: 'Move the session to another workspace the user belongs to',
        body: Body({ workspaceId: Uuid }),
        response: { 200: MeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      if (principal.kind !== 'session' || !principal.userId) {
        throw badRequest('token_bound_to_workspace', 'API tokens are bound to one workspace.')
      }
      const { workspaceId } = request.body as { workspaceId: string }
      await switchWorkspace(runtime, principal.credentialId, principal.userId, workspaceId)
      const services = identityServices(runtime)
      services.invalidate({ kind: 'session', id: principal.credentialId })
      const token = request.cookies[SESSION_COOKIE]!
      const next = await services.authenticator.fromSession(token)
      if (!next) throw new Error('session vanished while switching workspace')
      return services.profiles.load(next)
    },
  )
}
