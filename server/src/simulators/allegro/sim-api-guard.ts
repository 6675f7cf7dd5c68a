import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { ALLEGRO_JSON, sendApiError, sendAuthError } from './sim-errors.js'
import type { SimToken } from './sim-records.js'

/** File types the attachment upload accepts (the spec's request body media types). */
export const UPLOAD_TYPES = [
  'image/png',
  'image/gif',
  'image/bmp',
  'image/tiff',
  'image/jpeg',
  'application/pdf',
]

/** What an API route expects: its scope, its request body and whether it answers JSON. */
export interface GuardOptions {
  scope: string
  body: 'none' | 'json' | 'binary'
  /** 'any' for the binary download, which answers the file's own type. */
  accept?: 'json' | 'any'
}

const callers = new WeakMap<FastifyRequest, SimToken>()

/** The token record of an authenticated API request. */
export function callerOf(request: FastifyRequest): SimToken {
  const caller = callers.get(request)
  if (!caller) throw new Error('callerOf used on a route without apiGuard')
  return caller
}

const mediaType = (value: string | undefined) => value?.split(';')[0]?.trim().toLowerCase() ?? ''

/** Accepts when some listed type is the Allegro media type (parameters such as q are ignored). */
function acceptsAllegroJson(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((part) => mediaType(part) === ALLEGRO_JSON)
}

/** Builds the onRequest hook: bearer token, request budget, Accept, Content-Type, scope. */
export function apiGuard(state: AllegroSimState, options: GuardOptions) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? ''
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
    if (!bearer) {
      const description = 'Full authentication is required to access this resource'
      return sendAuthError(reply, 401, 'unauthorized', description, ALLEGRO_JSON)
    }
    const check = state.tokens.checkAccess(bearer)
    if (check === 'invalid' || check === 'expired') {
      const description = check === 'expired' ? 'Access token expired' : 'Invalid access token'
      return sendAuthError(reply, 401, 'invalid_token', description, ALLEGRO_JSON)
    }
    const budget = state.traffic.spend(bearer)
    if (budget) {
      const resetSeconds = Math.max(1, Math.ceil(budget.resetMs / 1000))
      reply.header('x-ratelimit-limit', budget.limit)
      reply.header('x-ratelimit-remaining', budget.remaining)
      reply.header('x-ratelimit-reset', resetSeconds)
      if (!budget.allowed) {
        reply.header('retry-after', resetSeconds)
        return sendApiError(reply, 429, {
          code: 'TooManyRequestsException',
          message: 'Too many requests. Request limit exceeded.',
        })
      }
    }
    if (options.accept !== 'any' && !acceptsAllegroJson(request.headers.accept)) {
      return sendApiError(reply, 406, {
        code: 'NotAcceptableException',
        message: `Not acceptable representation requested. Please check 'Accept' request header`,
      })
    }
    const contentType = mediaType(request.headers['content-type'])
    const bodyOk =
      options.body === 'none' ||
      (options.body === 'json' && contentType === ALLEGRO_JSON) ||
      (options.body === 'binary' && UPLOAD_TYPES.includes(contentType))
    if (!bodyOk) {
      return sendApiError(reply, 415, {
        code: 'UnsupportedMediaTypeException',
        message: `Content type '${contentType || 'none'}' not supported. Please check 'Content-Type' request header`,
      })
    }
    if (!check.scopes.includes(options.scope)) {
      return sendAuthError(reply, 403, 'insufficient_scope', `Scope ${options.scope} required`)
    }
    callers.set(request, check)
  }
}
