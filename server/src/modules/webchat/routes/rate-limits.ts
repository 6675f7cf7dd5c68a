import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../../platform/http/errors.js'

/** A per-minute budget: a request over it is refused with 429 and a sentence saying which. */
export type Limiter = (request: FastifyRequest, reply: FastifyReply, key?: string) => Promise<void>

/**
 * Builds a limiter on @fastify/rate-limit's store, keyed by IP unless a key (the verified
 * visitor) is given; separate limiters count separately, so one request can pass several.
 */
export function createLimiter(
  app: FastifyInstance,
  options: { name: string; perMinute: number; what: string },
): Limiter {
  const keys = new WeakMap<FastifyRequest, string>()
  const check = app.createRateLimit({
    max: options.perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => keys.get(request) ?? request.ip,
  })
  return async (request, reply, key = `ip:${request.ip}`) => {
    keys.set(request, `${options.name}:${key}`)
    const result = await check(request)
    if (result.isAllowed || !result.isExceeded) return
    const wait = Math.max(1, result.ttlInSeconds)
    reply.header('retry-after', String(wait))
    throw new AppError(
      429,
      'rate_limited',
      `Too many ${options.what}: at most ${options.perMinute} per minute. Try again in ${wait} s.`,
      { limit: options.perMinute, retryAfterSeconds: wait },
    )
  }
}

/** The visitor API's budgets, per IP address and per visitor. */
export function createWidgetLimits(app: FastifyInstance) {
  return {
    configPerIp: createLimiter(app, { name: 'config', perMinute: 120, what: 'widget loads' }),
    sessionsPerIp: createLimiter(app, { name: 'sessions', perMinute: 10, what: 'new chats' }),
    readsPerIp: createLimiter(app, { name: 'reads', perMinute: 120, what: 'requests' }),
    messagesPerIp: createLimiter(app, { name: 'messages-ip', perMinute: 60, what: 'messages' }),
    messagesPerVisitor: createLimiter(app, { name: 'messages', perMinute: 20, what: 'messages' }),
    typingPerVisitor: createLimiter(app, { name: 'typing', perMinute: 30, what: 'typing signals' }),
    streamsPerIp: createLimiter(app, { name: 'streams', perMinute: 60, what: 'reconnects' }),
  }
}

/** The limiters one registration of the visitor API shares. */
export type WidgetLimits = ReturnType<typeof createWidgetLimits>
