import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { assignableMemberIds } from '../../identity/index.js'
import type { AgentLoad } from '../rules/assignment.js'

/** Each candidate agent's availability, capacity and open conversations, in three queries. */
export async function agentLoads(ctx: ServiceContext, teamId: string | null): Promise<AgentLoad[]> {
  let candidates = await assignableMemberIds(ctx)
  if (teamId) {
    const team = await ctx.trx
      .selectFrom('teamMembers')
      .select('userId')
      .where('teamId', '=', teamId)
      .execute()
    const inTeam = new Set(team.map((t) => t.userId))
    candidates = candidates.filter((id) => inTeam.has(id))
  }
  if (candidates.length === 0) return []
  const [capacities, counts] = await Promise.all([
    ctx.trx
      .selectFrom('agentCapacity')
      .select(['userId', 'capacity', 'available'])
      .where('userId', 'in', candidates)
      .execute(),
    ctx.trx
      .selectFrom('conversations')
      .select(['assigneeId', sql<number>`count(*)::int`.as('open')])
      .where('status', '=', 'open')
      .where('assigneeId', 'in', candidates)
      .groupBy('assigneeId')
      .execute(),
  ])
  const capacityOf = new Map(capacities.map((c) => [c.userId, c]))
  const openOf = new Map(counts.map((c) => [c.assigneeId, c.open]))
  return candidates.map((userId) => ({
    userId,
    available: capacityOf.get(userId)?.available ?? true,
    capacity: capacityOf.get(userId)?.capacity ?? null,
    openCount: openOf.get(userId) ?? 0,
  }))
}
