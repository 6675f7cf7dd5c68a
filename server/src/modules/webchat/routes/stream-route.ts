import type { FastifyInstance } from 'fastify'
import type { Runtime } from '../../../platform/runtime.js'
import { agentsOnline } from '../../conversations/index.js'
import { touchVisitor } from '../service/visitors.js'
import { allowOrigin, corsHeadersFor } from './cors.js'
import type { WidgetLimits } from './rate-limits.js'
import { StreamQuery } from './schemas.js'
import { authenticateVisitor, visitorScope } from './visitor-auth.js'
import { VisitorFeed } from './visitor-feed.js'

// Each ping also marks the visitor's chat as open, which keeps replies out of the e-mail fallback.
const PING_EVERY_MS = 20_000

function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** `GET /stream?token=`: server-sent events of the visitor's conversation (EventSource sends no headers). */
export function registerStreamRoute(api: FastifyInstance, runtime: Runtime, limits: WidgetLimits) {
  api.get(
    '/stream',
    {
      config: { public: true },
      onRequest: (request, reply) => limits.streamsPerIp(request, reply),
      schema: {
        tags: ['widget'],
        summary: 'Server-sent events: ready, message, typing, status (agents online)',
        querystring: StreamQuery,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const query = request.query as { token: string; after?: string }
      const { account, visitor } = await authenticateVisitor(runtime, query.token)
      allowOrigin(request, reply, account)
      const scope = visitorScope(request, account)
      const since = parseDate(request.headers['last-event-id']) ?? parseDate(query.after)
      const beat = () =>
        runtime.inWorkspace(scope, async (ctx) => {
          await touchVisitor(ctx, account.id, visitor.visitorId)
          return (await agentsOnline(ctx)) > 0
        })
      let online = await beat()
      reply.hijack()
      const out = reply.raw
      out.writeHead(200, {
        ...corsHeadersFor(request),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
      })
      const write = (event: string, data: unknown, id?: string) => {
        if (!out.writableEnded)
          out.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
      }
      out.write('retry: 3000\n\n')
      write('ready', { online })
      const feed = new VisitorFeed(runtime, scope, visitor, write)
      const ping = setInterval(() => {
        out.write(': ping\n\n')
        beat()
          .then((now) => {
            if (now !== online) write('status', { online: now })
            online = now
          })
          .catch((error) => request.log.warn({ err: error }, 'widget stream beat failed'))
      }, PING_EVERY_MS)
      let closed = false
      request.raw.on('close', () => {
        closed = true
        clearInterval(ping)
        feed.stop()
        // Leaving counts as seen now: replies in the next minute still go to the widget.
        beat().catch(() => {})
        out.end()
      })
      await feed.start(since).catch((error) => {
        request.log.warn({ err: error }, 'widget stream start failed')
        if (!closed) out.end()
      })
      if (closed) feed.stop()
    },
  )
}
