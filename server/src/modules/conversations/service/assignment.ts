import type { ServiceContext } from '../../../platform/context.js'
import { recordEvents } from '../../../platform/events/record-events.js'
import type { LoadedAccount } from '../../channels/index.js'
import { pickLeastLoaded, pickRoundRobin } from '../rules/assignment.js'
import { agentLoads } from './agent-loads.js'

/** Assigns new conversations of an account by its mode (round-robin or least loaded, by capacity). */
export async function autoAssign(
  ctx: ServiceContext,
  account: Pick<LoadedAccount, 'id' | 'assignmentMode' | 'teamId'>,
  conversationIds: string[],
): Promise<Map<string, string>> {
  const assigned = new Map<string, string>()
  const agents = await agentLoads(ctx, account.teamId)
  if (agents.length === 0) return assigned
  const state = await ctx.trx
    .selectFrom('roundRobinState')
    .select('lastUserId')
    .where('channelAccountId', '=', account.id)
    .forUpdate()
    .executeTakeFirst()
  let last = state?.lastUserId ?? null
  for (const id of conversationIds) {
    const pick =
      account.assignmentMode === 'round_robin'
        ? pickRoundRobin(agents, last)
        : pickLeastLoaded(agents)
    if (!pick) break
    assigned.set(id, pick)
    last = pick
    const agent = agents.find((a) => a.userId === pick)
    if (agent) agent.openCount += 1
  }
  for (const [id, userId] of assigned)
    await ctx.trx
      .updateTable('conversations')
      .set({ assigneeId: userId })
      .where('id', '=', id)
      .execute()
  await ctx.trx
    .insertInto('roundRobinState')
    .values({ workspaceId: ctx.workspaceId, channelAccountId: account.id, lastUserId: last })
    .onConflict((oc) => oc.column('channelAccountId').doUpdateSet({ lastUserId: last }))
    .execute()
  await recordEvents(
    ctx,
    [...assigned].map(([id, userId]) => ({
      name: 'conversations.conversation.assigned',
      entityType: 'conversation',
      entityId: id,
      changes: { assigneeId: { from: null, to: userId } },
    })),
  )
  return assigned
}
