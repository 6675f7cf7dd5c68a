import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServiceContext, systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { conversationsCustomerData, ERASED_MESSAGE_TEXT } from './customer-data.js'
import { queueReply } from './replies.js'

let runtime: Runtime
let workspaceId: string
let widget: string
beforeAll(async () => {
  runtime = await createTestRuntime()
  workspaceId = (await buildUser(runtime)).workspaceId
  widget = await buildChannelAccount(runtime, workspaceId, 'widget')
})
afterAll(() => runtime.close())

const inWorkspace = <T>(work: (ctx: ServiceContext) => Promise<T>) =>
  runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, work)

async function conversationOf(name: string) {
  const email = `${randomUUID().slice(0, 8)}@example.com`
  const result = await ingest(runtime, workspaceId, widget, [
    inboundMessage({
      externalThreadId: randomUUID(),
      author: { name, email, externalId: email },
      text: `Tu ${name}, proszę o kontakt.`,
    }),
  ])
  const id = result.conversationsCreated[0] as string
  const row = await inWorkspace((ctx) =>
    ctx.trx
      .selectFrom('conversations')
      .select('customerId')
      .where('id', '=', id)
      .executeTakeFirstOrThrow(),
  )
  return { id, customerId: row.customerId as string }
}

describe('conversationsCustomerData', () => {
  it('exports the customer’s messages and moves conversations for a merge and back', async () => {
    const a = await conversationOf('Adam Nowak')
    const b = await conversationOf('Beata Nowak')
    const exported = await inWorkspace((ctx) => conversationsCustomerData.export(ctx, a.customerId))
    expect(exported).toMatchObject({
      conversations: [
        { channel: 'widget', messages: [{ direction: 'inbound', author: 'Adam Nowak' }] },
      ],
    })
    const moved = await inWorkspace((ctx) =>
      conversationsCustomerData.reassign(ctx, b.customerId, a.customerId),
    )
    expect(moved).toEqual([b.id])
    const merged = await inWorkspace((ctx) => conversationsCustomerData.export(ctx, a.customerId))
    expect((merged.conversations as unknown[]).length).toBe(2)
    await inWorkspace((ctx) => conversationsCustomerData.restore(ctx, b.customerId, moved))
    const back = await inWorkspace((ctx) => conversationsCustomerData.export(ctx, b.customerId))
    expect((back.conversations as unknown[]).length).toBe(1)
  })

  it('erases every message of the customer’s conversations and fails unsent replies', async () => {
    const c = await conversationOf('Celina Lis')
    const other = await conversationOf('Damian Kos')
    await inWorkspace((ctx) => queueReply(ctx, c.id, { text: 'Dzień dobry Pani Celino' }))
    const result = await inWorkspace((ctx) => conversationsCustomerData.erase(ctx, c.customerId))
    expect(result.kept).toEqual([])
    const messages = await inWorkspace((ctx) =>
      ctx.trx
        .selectFrom('messages')
        .select(['bodyText', 'authorName', 'authorType', 'direction', 'deliveryStatus'])
        .where('conversationId', 'in', [c.id, other.id])
        .orderBy('sentAt')
        .execute(),
    )
    const erased = messages.filter((m) => m.bodyText === ERASED_MESSAGE_TEXT)
    expect(erased).toHaveLength(2)
    expect(erased.find((m) => m.authorType === 'customer')?.authorName).toBeNull()
    expect(erased.find((m) => m.direction === 'outbound')?.deliveryStatus).toBe('failed')
    expect(messages.some((m) => m.bodyText.includes('Damian Kos'))).toBe(true)
    expect(await inWorkspace((ctx) => conversationsCustomerData.export(ctx, c.customerId))).toEqual(
      {
        conversations: [],
      },
    )
  })
})
