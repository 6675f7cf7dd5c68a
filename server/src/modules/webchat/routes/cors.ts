import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { AppError } from '../../../platform/http/errors.js'
import type { WidgetAccount } from '../service/widget-accounts.js'

const ALLOW_HEADERS = 'authorization, content-type, last-event-id'

function normalOrigin(value: string): string | null {
  try {
    return new URL(value).origin
  } catch {
    return null
  }
}

/**
 * Whether a site may use the widget: any site when the account lists no origins, else only
 * the listed ones. Browsers without an Origin header (same-origin GETs) are let through.
 */
export function originAllowed(origin: string | undefined, account: WidgetAccount): boolean {
  if (!origin || account.allowedOrigins.length === 0) return true
  const given = normalOrigin(origin)
  return account.allowedOrigins.some((allowed) => normalOrigin(allowed) === given)
}

/** Refuses sites the account does not allow and lets allowed ones read the response. */
export function allowOrigin(request: FastifyRequest, reply: FastifyReply, account: WidgetAccount) {
  const origin = request.headers.origin
  if (!originAllowed(origin, account))
    throw new AppError(
      403,
      'origin_not_allowed',
      `This chat widget may not be used on ${origin}; add it to the widget's allowed origins.`,
    )
  if (origin) reply.header('access-control-allow-origin', origin)
}

/** CORS headers for a stream, which writes its own head. */
export function corsHeadersFor(request: FastifyRequest): Record<string, string> {
  const origin = request.headers.origin
  return origin ? { 'access-control-allow-origin': origin, vary: 'origin' } : { vary: 'origin' }
}

/**
 * Answers preflights for the visitor API, and lets the widget read error responses (which carry
 * no data) so it can show why a call failed; successful responses are allowed per account.
 */
export function registerCors(api: FastifyInstance): void {
  api.addHook('onSend', (request, reply, payload, done) => {
    reply.header('vary', 'origin')
    const origin = request.headers.origin
    if (origin && reply.statusCode >= 400 && !reply.hasHeader('access-control-allow-origin'))
      reply.header('access-control-allow-origin', origin)
    done(null, payload)
  })
  api.options(
    '/*',
    {
      config: { public: true },
      schema: {
        tags: ['widget'],
        summary: 'CORS preflight for the visitor API',
        response: { 204: Type.Null() },
      },
    },
    (request, reply) => {
      const origin = request.headers.origin
      if (origin) reply.header('access-control-allow-origin', origin)
      return reply
        .status(204)
        .headers({
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': ALLOW_HEADERS,
          'access-control-max-age': '600',
        })
        .send()
    },
  )
}
