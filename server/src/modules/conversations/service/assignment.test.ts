import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { setAgentCapacity } from './inbox-admin.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await createTestRuntime()
})
afterAll(() => runtime.close())

async function workspaceWithAgents() {
  const owner = await buildUser(runtime)
  const workspace = owner.workspace
  const anna = await buildUser(runtime, { role: 'agent', workspace, name: 'Anna' })
  const piotr = await buildUser(runtime, { role: 'agent', workspace, name: 'Piotr' })
  return { workspaceId: owner.workspaceId, ids: [owner.userId, anna.userId, piotr.userId] }
}

const assignees = (workspaceId: string, accountId: string) =>
  runtime.database.db
    .selectFrom('conversations')
    .select('assigneeId')
    .where('workspaceId', '=', workspaceId)
    .where('channelAccountId', '=', accountId)
    .orderBy('number')
    .execute()
    .then((rows) => rows.map((r) => r.assigneeId))

describe('auto-assignment', () => {
  it('round-robin deals new conversations in turn, across ingest batches', async () => {
    const { workspaceId, ids } = await workspaceWithAgents()
    const account = await buildChannelAccount(runtime, workspaceId, 'widget', {
      assignmentMode: 'round_robin',
    })
    await ingest(
      runtime,
      workspaceId,
      account,
      [1, 2].map((n) => inboundMessage({ externalThreadId: `a${n}` })),
    )
    await ingest(
      runtime,
      workspaceId,
      account,
      [3, 4].map((n) => inboundMessage({ externalThreadId: `a${n}` })),
    )
    expect(await assignees(workspaceId, account)).toEqual([ids[0], ids[1], ids[2], ids[0]])
  })

  it('load-based gives work to the least loaded agent and respects capacity and availability', async () => {
    const { workspaceId, ids } = await workspaceWithAgents()
    const scope = { workspaceId, actor: systemActor('test') }
    await runtime.inWorkspace(scope, async (ctx) => {
      await setAgentCapacity(ctx, ids[0] as string, { available: false })
      await setAgentCapacity(ctx, ids[1] as string, { capacity: 1 })
    })
    const account = await buildChannelAccount(runtime, workspaceId, 'widget', {
      assignmentMode: 'load_based',
    })
    await ingest(
      runtime,
      workspaceId,
      account,
      [1, 2, 3].map((n) => inboundMessage({ externalThreadId: `b${n}` })),
    )
    const result = await assignees(workspaceId, account)
    expect(result.filter((id) => id === ids[1])).toHaveLength(1)
    expect(result.filter((id) => id === ids[2])).toHaveLength(2)
    expect(result).not.toContain(ids[0])
  })
})
