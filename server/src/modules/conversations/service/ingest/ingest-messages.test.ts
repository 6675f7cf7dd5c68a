import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServiceContext, systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { buildUser } from '../../../../test/factories.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../../test/test-runtime.js'

let runtime: Runtime
let workspaceId: string

beforeAll(async () => {
  runtime = await createTestRuntime()
  workspaceId = (await buildUser(runtime)).workspaceId
})
afterAll(() => runtime.close())

const inWorkspace = <T>(work: (ctx: ServiceContext) => Promise<T>) =>
  runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, work)

describe('ingestMessages', () => {
  it('stores each message once however often the same batch arrives', async () => {
    const account = await buildChannelAccount(runtime, workspaceId, 'allegro')
    const batch = [
      inboundMessage({ externalId: 'a1', externalThreadId: 't1' }),
      inboundMessage({ externalId: 'a2', externalThreadId: 't1' }),
      inboundMessage({ externalId: 'a2', externalThreadId: 't1' }),
    ]
    const first = await ingest(runtime, workspaceId, account, batch)
    const again = await ingest(runtime, workspaceId, account, batch)
    expect(first.stored).toBe(2)
    expect(first.conversationsCreated).toHaveLength(1)
    expect(again.stored).toBe(0)
    expect(again.duplicates).toBe(3)
    const rows = await inWorkspace((ctx) =>
      ctx.trx
        .selectFrom('messages')
        .select('externalId')
        .where('channelAccountId', '=', account)
        .execute(),
    )
    expect(rows.map((r) => r.externalId).sort()).toEqual(['a1', 'a2'])
  })

  it('threads e-mail by In-Reply-To/References, then by the order number in the subject', async () => {
    const account = await buildChannelAccount(runtime, workspaceId, 'email')
    const first = inboundMessage({
      threading: { messageId: '<m1@shop>', inReplyTo: null, references: [], orderNumber: null },
    })
    const reply = inboundMessage({
      threading: {
        messageId: '<m2@shop>',
        inReplyTo: '<m1@shop>',
        references: ['<m1@shop>'],
        orderNumber: null,
      },
    })
    const relay1 = inboundMessage({
      subject: 'Nowa wiadomość do zamówienia #1234-5678',
      threading: {
        messageId: '<r1@allegro>',
        inReplyTo: null,
        references: [],
        orderNumber: '1234-5678',
      },
    })
    const relay2 = inboundMessage({
      subject: 'Nowa wiadomość do zamówienia #1234-5678',
      threading: {
        messageId: '<r2@allegro>',
        inReplyTo: null,
        references: [],
        orderNumber: '1234-5678',
      },
    })
    await ingest(runtime, workspaceId, account, [first])
    const second = await ingest(runtime, workspaceId, account, [reply, relay1])
    const third = await ingest(runtime, workspaceId, account, [relay2])
    expect(second.conversationsCreated).toHaveLength(1)
    expect(third.conversationsCreated).toHaveLength(0)
    const conversations = await inWorkspace((ctx) =>
      ctx.trx
        .selectFrom('conversations')
        .select(['id', 'messageCount', 'orderNumber', 'customerId'])
        .where('channelAccountId', '=', account)
        .orderBy('number')
        .execute(),
    )
    expect(conversations.map((c) => c.messageCount)).toEqual([2, 2])
    expect(conversations[1]?.orderNumber).toBe('1234-5678')
    // One customer (same e-mail) across both conversations.
    expect(new Set(conversations.map((c) => c.customerId)).size).toBe(1)
  })

  it('starts the SLA clock on a customer message and stops it on a seller reply', async () => {
    const account = await buildChannelAccount(runtime, workspaceId, 'allegro', {
      slaClock: '24/7',
      slaFirstResponseMinutes: 60,
      slaNextResponseMinutes: 120,
    })
    const sentAt = new Date('2026-11-20T10:00:00Z')
    await ingest(runtime, workspaceId, account, [
      inboundMessage({ externalId: 'q1', externalThreadId: 'sla', sentAt }),
    ])
    const read = () =>
      inWorkspace((ctx) =>
        ctx.trx
          .selectFrom('conversations')
          .select(['slaDueAt', 'waitingSince', 'firstReplyAt', 'slaState'])
          .where('channelAccountId', '=', account)
          .executeTakeFirstOrThrow(),
      )
    const waiting = await read()
    expect(waiting.slaDueAt?.toISOString()).toBe('2026-11-20T11:00:00.000Z')
    expect(waiting.slaState).toBe('breached')
    await ingest(runtime, workspaceId, account, [
      inboundMessage({
        externalId: 'r1',
        externalThreadId: 'sla',
        direction: 'outbound',
        sentAt: new Date('2026-11-20T10:30:00Z'),
      }),
    ])
    const answered = await read()
    expect(answered.firstReplyAt?.toISOString()).toBe('2026-11-20T10:30:00.000Z')
    expect(answered.waitingSince).toBeNull()
    expect(answered.slaDueAt).toBeNull()
  })

  it('keeps auto-replies from reopening or starting a clock and sanitises HTML', async () => {
    const account = await buildChannelAccount(runtime, workspaceId, 'email')
    await ingest(runtime, workspaceId, account, [
      inboundMessage({
        automated: true,
        html: '<p onclick="alert(1)">Out of office<script>alert(2)</script></p>',
      }),
    ])
    const row = await inWorkspace((ctx) =>
      ctx.trx
        .selectFrom('messages')
        .innerJoin('conversations', 'conversations.id', 'messages.conversationId')
        .select(['messages.bodyHtml', 'conversations.waitingSince'])
        .where('messages.channelAccountId', '=', account)
        .executeTakeFirstOrThrow(),
    )
    expect(row.waitingSince).toBeNull()
    expect(row.bodyHtml).not.toMatch(/script|onclick/)
  })
})
