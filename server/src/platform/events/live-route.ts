import type { FastifyInstance } from 'fastify'
import { IDENTITY_CHANNEL } from '../../modules/identity/identity-changes.js'
import { principalOf } from '../http/request-context.js'
import type { Runtime } from '../runtime.js'
import { EVENTS_CHANNEL, type EventAnnouncement, PRESENCE_CHANNEL } from './record-event.js'

const PING_EVERY_MS = 20_000
const BEAT_EVERY_MS = 30_000

type Beat = (principal: ReturnType<typeof principalOf>) => Promise<void>
const beatsOf = new WeakMap<Runtime, Beat[]>()

/** Runs `beat` when a live stream opens and every 30 s while it stays open (agents' online state). */
export function onLiveBeat(runtime: Runtime, beat: Beat): void {
  beatsOf.set(runtime, [...(beatsOf.get(runtime) ?? []), beat])
}

/** `GET /api/v1/live`: a server-sent event stream of the workspace's committed domain events. */
export function registerLiveRoute(app: FastifyInstance, runtime: Runtime): void {
  app.get(
    '/api/v1/live',
    {
      config: { tenancyExempt: 'stream; covered by the live-events isolation test' },
      schema: {
        tags: ['live'],
        summary: 'Server-sent events of the current workspace (event: ready, event: event)',
        produces: ['text/event-stream'],
      },
    },
    (request, reply) => {
      const principal = principalOf(request)
      reply.hijack()
      const out = reply.raw
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      })
      out.write(
        `retry: 3000\nevent: ready\ndata: ${JSON.stringify({ workspaceId: principal.workspaceId })}\n\n`,
      )
      const stopEvents = runtime.bus.subscribe(EVENTS_CHANNEL, (payload) => {
        const event = JSON.parse(payload) as EventAnnouncement
        if (event.workspaceId !== principal.workspaceId) return
        out.write(`id: ${event.id}\nevent: event\ndata: ${payload}\n\n`)
      })
      // A revoked session or token must not keep listening.
      const stopIdentity = runtime.bus.subscribe(IDENTITY_CHANNEL, (payload) => {
        const change = JSON.parse(payload) as { kind: string; id: string }
        const mine =
          (change.kind === principal.kind && change.id === principal.credentialId) ||
          (change.kind === 'user' && change.id === principal.userId)
        if (mine) close()
      })
      const stopPresence = runtime.bus.subscribe(PRESENCE_CHANNEL, (payload) => {
        const signal = JSON.parse(payload) as { workspaceId: string; signal?: string }
        if (signal.workspaceId === principal.workspaceId)
          out.write(`event: ${signal.signal ?? 'presence'}\ndata: ${payload}\n\n`)
      })
      const beat = () => {
        for (const b of beatsOf.get(runtime) ?? [])
          b(principal).catch((error) => request.log.warn({ err: error }, 'live heartbeat failed'))
      }
      beat()
      const beating = setInterval(beat, BEAT_EVERY_MS)
      const ping = setInterval(() => out.write(': ping\n\n'), PING_EVERY_MS)
      const close = () => {
        clearInterval(ping)
        clearInterval(beating)
        stopPresence()
        stopEvents()
        stopIdentity()
        out.end()
      }
      request.raw.on('close', close)
    },
  )
}
