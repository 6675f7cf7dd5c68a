import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { advanceSlaClocks } from './watch-sla.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await createTestRuntime()
})
afterAll(() => runtime.close())

describe('advanceSlaClocks', () => {
  it('flags at risk, then breached once, recording one breach fact and events', async () => {
    const { workspaceId } = await buildUser(runtime)
    const account = await buildChannelAccount(runtime, workspaceId, 'allegro', {
      slaClock: '24/7',
      slaFirstResponseMinutes: 100,
    })
    const sentAt = new Date(Date.now() + 10 * 60_000) // clocks start in the future, so state is ok
    const { conversationsCreated } = await ingest(runtime, workspaceId, account, [
      inboundMessage({ externalThreadId: 'sla-watch', sentAt }),
    ])
    const id = conversationsCreated[0] as string
    const read = () =>
      runtime.database.db
        .selectFrom('conversations')
        .select(['slaState'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    expect((await read()).slaState).toBe('ok')
    await advanceSlaClocks(runtime, new Date(sentAt.getTime() + 85 * 60_000), { workspaceId })
    expect((await read()).slaState).toBe('at_risk')
    const later = new Date(sentAt.getTime() + 101 * 60_000)
    await advanceSlaClocks(runtime, later, { workspaceId })
    await advanceSlaClocks(runtime, later, { workspaceId })
    expect((await read()).slaState).toBe('breached')
    const breaches = await runtime.database.db
      .selectFrom('slaBreaches')
      .selectAll()
      .where('conversationId', '=', id)
      .execute()
    expect(breaches).toHaveLength(1)
    expect(breaches[0]?.kind).toBe('first_response')
    const events = await runtime.database.db
      .selectFrom('domainEvents')
      .select('name')
      .where('entityId', '=', id)
      .where('name', 'like', 'conversations.sla.%')
      .execute()
    expect(events.map((e) => e.name).sort()).toEqual([
      'conversations.sla.breached',
      'conversations.sla.endangered',
    ])
  })
})
