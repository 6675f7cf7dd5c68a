import type { FastifyReply, FastifyRequest } from 'fastify'
import { sendShipxError } from './inpost-sim-errors.js'
import type { InpostSimState } from './inpost-sim-state.js'

const bearerOf = (request: FastifyRequest) =>
  /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? null

/**
 * The API's front door, in order: injected faults (a failing gateway answers before anything
 * else), the token check when required, then the per-client request budget with Retry-After
 * and X-RateLimit-* headers. Control routes pass untouched.
 */
export function inpostApiGuard(state: InpostSimState, prefix: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = (request.url.split('?')[0] ?? '').slice(prefix.length) || '/'
    if (path.startsWith('/_control')) return
    const bearer = bearerOf(request)
    state.requests.push({
      method: request.method,
      path,
      authorization: request.headers.authorization ?? null,
      at: state.clock(),
    })
    const fault = state.traffic.takeFault(request.method, path)
    if (fault) {
      if (fault.retryAfterSeconds !== null) reply.header('retry-after', fault.retryAfterSeconds)
      return sendShipxError(reply, fault.status, `Injected fault (${fault.status})`)
    }
    if (state.config.requireToken && (!bearer || !state.tokens.has(bearer))) {
      reply.header('www-authenticate', 'Bearer')
      return sendShipxError(reply, 401, 'Token is missing or invalid.')
    }
    const budget = state.traffic.spend(
      bearer ?? request.ip,
      state.config.rateLimit,
      state.clock().getTime(),
    )
    if (!budget) return
    const resetSeconds = Math.max(1, Math.ceil(budget.resetMs / 1000))
    reply.header('x-ratelimit-limit', budget.limit)
    reply.header('x-ratelimit-remaining', budget.remaining)
    reply.header('x-ratelimit-reset', resetSeconds)
    if (!budget.allowed) {
      reply.header('retry-after', resetSeconds)
      return sendShipxError(reply, 429, 'Too many requests. Request limit exceeded.')
    }
  }
}
