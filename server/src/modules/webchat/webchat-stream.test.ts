import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../platform/context.js'
import { PRESENCE_CHANNEL } from '../../platform/events/record-event.js'
import { buildUser } from '../../test/factories.js'
import { createTestApp } from '../../test/test-runtime.js'
import { queueReply } from '../conversations/index.js'
import { asVisitor, buildWidget, startChat } from './webchat-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let base: string
let workspaceId: string
beforeAll(async () => {
  t = await createTestApp()
  base = await t.app.listen({ port: 0, host: '127.0.0.1' })
  workspaceId = (await buildUser(t.runtime)).workspaceId
})
afterAll(() => t.close())

const inWorkspace = <T>(work: (ctx: ServiceContext) => Promise<T>) =>
  t.runtime.inWorkspace(
    { workspaceId, actor: { type: 'user', id: null, label: 'Anna Kowalska' } },
    work,
  )

interface SseEvent {
  event: string
  id: string | null
  data: Record<string, unknown>
}

/** Opens the visitor stream over real HTTP and collects its events. */
async function openStream(token: string, headers: Record<string, string> = {}) {
  const abort = new AbortController()
  const response = await fetch(`${base}/widget/v1/stream?token=${encodeURIComponent(token)}`, {
    headers,
    signal: abort.signal,
  })
  const events: SseEvent[] = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }))
      if (done) return
      buffer += value
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const field = (name: string) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}: `))
            ?.slice(name.length + 2)
        const event = field('event')
        if (event) events.push({ event, id: field('id') ?? null, data: JSON.parse(field('data')!) })
        end = buffer.indexOf('\n\n')
      }
    }
  })()
  const next = async (
    event: string,
    match: (data: Record<string, unknown>) => boolean = () => true,
  ) => {
    await expect
      .poll(() => events.find((e) => e.event === event && match(e.data)), { timeout: 5000 })
      .toBeDefined()
    return events.find((e) => e.event === event && match(e.data))!
  }
  return {
    response,
    events,
    next,
    async close() {
      abort.abort()
      await pump
    },
  }
}

const post = (token: string, text: string, clientId: string) =>
  t.app.inject({
    method: 'POST',
    url: '/widget/v1/messages',
    headers: asVisitor(token),
    payload: { text, clientId },
  })

describe('GET /widget/v1/stream', () => {
  it("pushes an agent's reply and typing to the visitor's open chat", async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, widget.key)
    await post(chat.visitorToken, 'Czy macie bezkofeinową?', 'stream-0001')
    const stream = await openStream(chat.visitorToken, { origin: 'https://sklep.example' })
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream')
    expect(stream.response.headers.get('access-control-allow-origin')).toBe('https://sklep.example')
    expect((await stream.next('ready')).data).toEqual({ online: false })

    const conversationId = await inWorkspace(async (ctx) => {
      const thread = await ctx.trx
        .selectFrom('conversationThreads')
        .select('conversationId')
        .where('externalThreadId', '=', chat.visitorId)
        .executeTakeFirstOrThrow()
      await queueReply(ctx, thread.conversationId, { text: 'Tak, Kolumbia decaf!' })
      return thread.conversationId
    })
    const reply = await stream.next('message', (m) => m.text === 'Tak, Kolumbia decaf!')
    expect(reply.data).toMatchObject({ direction: 'outbound', authorName: 'Anna' })
    expect(reply.id).toBe(reply.data.sentAt)

    const typing = JSON.stringify({
      workspaceId,
      conversationId,
      userId: '00000000-0000-4000-8000-00000000000a',
      name: 'Anna Kowalska',
      state: 'typing',
    })
    await inWorkspace((ctx) =>
      sql`select pg_notify(${PRESENCE_CHANNEL}, ${typing})`.execute(ctx.trx),
    )
    expect((await stream.next('typing')).data).toEqual({ name: 'Anna', state: 'typing' })
    // The visitor's own earlier message was already on screen: the stream does not repeat it.
    expect(stream.events.filter((e) => e.event === 'message')).toHaveLength(1)
    await stream.close()
  })

  it('follows a conversation that starts after the stream opened, and catches up after a reconnect', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, widget.key)
    const stream = await openStream(chat.visitorToken)
    await stream.next('ready')
    await post(chat.visitorToken, 'Pierwsza wiadomość', 'late-000001')
    const first = await stream.next('message', (m) => m.text === 'Pierwsza wiadomość')
    await stream.close()
    await post(chat.visitorToken, 'Gdy byłem offline', 'late-000002')
    const again = await openStream(chat.visitorToken, { 'last-event-id': first.id! })
    const missed = await again.next('message', (m) => m.text === 'Gdy byłem offline')
    expect(missed.data.direction).toBe('inbound')
    await again.close()
  })

  it('refuses a bad token before streaming', async () => {
    const response = await fetch(`${base}/widget/v1/stream?token=v1.e30.x`)
    expect(response.status).toBe(401)
  })
})
