import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../platform/context.js'
import { buildUser } from '../../test/factories.js'
import { createTestApp } from '../../test/test-runtime.js'
import { queueReply } from '../conversations/index.js'
import { asVisitor, buildWidget, freshIp, startChat } from './webchat-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let workspaceId: string
beforeAll(async () => {
  t = await createTestApp()
  workspaceId = (await buildUser(t.runtime)).workspaceId
})
afterAll(() => t.close())

const agent = () => ({ type: 'user' as const, id: null, label: 'Anna Kowalska' })
const inWorkspace = <T>(work: (ctx: ServiceContext) => Promise<T>) =>
  t.runtime.inWorkspace({ workspaceId, actor: agent() }, work)

const send = (token: string, payload: unknown, remoteAddress = freshIp()) =>
  t.app.inject({
    method: 'POST',
    url: '/widget/v1/messages',
    headers: asVisitor(token),
    payload: payload as object,
    remoteAddress,
  })
const read = (token: string) =>
  t.app.inject({ url: '/widget/v1/messages', headers: asVisitor(token), remoteAddress: freshIp() })

describe('POST /widget/v1/messages', () => {
  it('stores a retried message once and opens the conversation with the order number', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, widget.key, { orderNumber: ' KK-1001 ' })
    const first = await send(chat.visitorToken, {
      text: 'Gdzie moja kawa?',
      clientId: 'c-00000001',
    })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ online: false })
    const retried = await send(chat.visitorToken, {
      text: 'Gdzie moja kawa?',
      clientId: 'c-00000001',
    })
    expect(retried.json().id).toBe(first.json().id)
    const [a, b] = await Promise.all([
      send(chat.visitorToken, { text: 'Halo?', clientId: 'c-00000002' }),
      send(chat.visitorToken, { text: 'Halo?', clientId: 'c-00000002' }),
    ])
    expect(a.json().id).toBe(b.json().id)
    const items = (await read(chat.visitorToken)).json().items
    expect(items.map((m: { text: string }) => m.text)).toEqual(['Gdzie moja kawa?', 'Halo?'])
    const conversation = await inWorkspace((ctx) =>
      ctx.trx
        .selectFrom('conversations')
        .innerJoin('conversationThreads', 'conversationThreads.conversationId', 'conversations.id')
        .select([
          'conversations.orderNumber',
          'conversations.subject',
          'conversations.messageCount',
        ])
        .where('conversationThreads.externalThreadId', '=', chat.visitorId)
        .executeTakeFirstOrThrow(),
    )
    expect(conversation).toEqual({
      orderNumber: 'KK-1001',
      subject: 'Chat: Jan Kowalski',
      messageCount: 2,
    })
  })

  it("shows the visitor agents' replies but never notes or other visitors' messages", async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const jan = await startChat(t.app, widget.key)
    const ewa = await startChat(t.app, widget.key, { name: 'Ewa', email: 'ewa@example.test' })
    await send(jan.visitorToken, { text: 'Pytanie Jana', clientId: 'jan-000001' })
    await send(ewa.visitorToken, { text: 'Pytanie Ewy', clientId: 'ewa-000001' })
    const janThread = (await read(jan.visitorToken)).json().items
    const conversationId = await inWorkspace(async (ctx) => {
      const row = await ctx.trx
        .selectFrom('messages')
        .select(['conversationId'])
        .where('id', '=', janThread[0].id)
        .executeTakeFirstOrThrow()
      await queueReply(ctx, row.conversationId, { text: 'Już sprawdzam!' })
      await ctx.trx
        .insertInto('messages')
        .values({
          workspaceId,
          conversationId: row.conversationId,
          channelAccountId: null,
          direction: 'outbound',
          kind: 'note',
          authorType: 'agent',
          authorName: 'Anna Kowalska',
          subject: null,
          bodyText: 'Notatka: klient marudzi',
          deliveryStatus: 'none',
          sentAt: new Date(),
        })
        .execute()
      return row.conversationId
    })
    expect(conversationId).toBeTruthy()
    const texts = (await read(jan.visitorToken)).json().items.map((m: { text: string }) => m.text)
    expect(texts).toEqual(['Pytanie Jana', 'Już sprawdzam!'])
    const reply = (await read(jan.visitorToken)).json().items[1]
    expect(reply).toMatchObject({ direction: 'outbound', authorName: 'Anna' })
    const ewaTexts = (await read(ewa.visitorToken))
      .json()
      .items.map((m: { text: string }) => m.text)
    expect(ewaTexts).toEqual(['Pytanie Ewy'])
  })

  it('refuses huge, empty and garbage bodies with 4xx and a clear message', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, widget.key)
    const tooLong = await send(chat.visitorToken, {
      text: 'x'.repeat(5001),
      clientId: 'c-long0001',
    })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.json().error.message).toMatch(/5000 characters/)
    const huge = await send(chat.visitorToken, {
      text: 'x'.repeat(100_000),
      clientId: 'c-huge0001',
    })
    expect(huge.statusCode).toBe(413)
    const blank = await send(chat.visitorToken, { text: '  \n ', clientId: 'c-blank001' })
    expect(blank.json().error.code).toBe('empty_message')
    const garbage = await t.app.inject({
      method: 'POST',
      url: '/widget/v1/messages',
      headers: { ...asVisitor(chat.visitorToken), 'content-type': 'application/json' },
      payload: '{"text": "unterminated',
      remoteAddress: freshIp(),
    })
    expect(garbage.statusCode).toBe(400)
    expect(garbage.json().error.code).toBe('invalid_json')
    const extra = await send(chat.visitorToken, { text: 'a', clientId: 'c-extra001', html: '<b>' })
    expect(extra.statusCode).toBe(400)
    const badClient = await send(chat.visitorToken, { text: 'a', clientId: '../../etc' })
    expect(badClient.statusCode).toBe(400)
    const asText = await t.app.inject({
      method: 'POST',
      url: '/widget/v1/messages',
      headers: { ...asVisitor(chat.visitorToken), 'content-type': 'text/plain' },
      payload: 'hello',
    })
    expect(asText.statusCode).toBe(400)
  })

  it('limits each visitor to 20 messages a minute and says so', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, widget.key)
    const other = await startChat(t.app, widget.key)
    const statuses = []
    for (let i = 0; i < 21; i++)
      statuses.push(
        (await send(chat.visitorToken, { text: `m${i}`, clientId: `flood-${100 + i}` })).statusCode,
      )
    expect(statuses.filter((s) => s === 201)).toHaveLength(20)
    const limited = await send(chat.visitorToken, { text: 'again', clientId: 'flood-999' })
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error).toMatchObject({ code: 'rate_limited' })
    expect(limited.json().error.message).toMatch(/at most 20 per minute/)
    const neighbour = await send(other.visitorToken, { text: 'hej', clientId: 'other-0001' })
    expect(neighbour.statusCode).toBe(201)
  })

  it('announces visitor typing to agents once a conversation exists', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, widget.key)
    const signals: { userId: string | null; name: string; state: string }[] = []
    const stop = t.runtime.bus.subscribe('aftersale_presence', (p) => signals.push(JSON.parse(p)))
    const typing = () =>
      t.app.inject({
        method: 'POST',
        url: '/widget/v1/typing',
        headers: asVisitor(chat.visitorToken),
        payload: { state: 'typing' },
      })
    expect((await typing()).statusCode).toBe(204)
    await send(chat.visitorToken, { text: 'Dzień dobry', clientId: 'typing-001' })
    expect((await typing()).statusCode).toBe(204)
    await expect.poll(() => signals.length).toBeGreaterThan(0)
    stop()
    expect(signals[0]).toMatchObject({ userId: null, name: 'Jan Kowalski', state: 'typing' })
  })
})
