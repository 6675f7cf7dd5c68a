import { type ServiceContext, systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { customerDataProviders } from '../service/customer-data-providers.js'
import { customerIdentitiesChanged, MATCH_CUSTOMERS_QUEUE } from '../service/identities-changed.js'
import { findMatches, type MatchSuggestion } from '../service/match-suggestions.js'
import { mergeCustomers } from '../service/merge-customers.js'

/** Looks for duplicates of customers whose identities changed (queued by customerIdentitiesChanged). */
export function matchCustomersJob(runtime: Runtime): JobDefinition<{ customerIds: string[] }> {
  return {
    queue: MATCH_CUSTOMERS_QUEUE,
    retryLimit: 3,
    async handle(data) {
      if (!data.workspaceId) return
      await matchCustomers(runtime, data.workspaceId, data.customerIds)
    },
  }
}

// Merging brings identities together, which may reveal more duplicates: look again a few
// times in the same transaction, then leave the rest to a new job.
const ROUNDS = 3

/**
 * Scores the customers against their likely duplicates, stores what an agent should decide and
 * merges the pairs the rules call certain (unless an agent separated them before). Returns the
 * merges made.
 */
export async function matchCustomers(
  runtime: Runtime,
  workspaceId: string,
  customerIds: string[],
): Promise<{ targetId: string; sourceId: string }[]> {
  const providers = customerDataProviders(runtime.modules)
  return runtime.inWorkspace(
    { workspaceId, actor: systemActor('Customer matching') },
    async (ctx) => {
      const merged: { targetId: string; sourceId: string }[] = []
      let ids = customerIds
      for (let round = 0; round < ROUNDS && ids.length > 0; round++) {
        const mergedNow: { targetId: string; sourceId: string }[] = []
        for (const pair of await findMatches(ctx, ids)) {
          if (pair.verdict.decision !== 'merge' || pair.status !== 'open') continue
          const roles = await mergeRoles(ctx, pair)
          if (!roles) continue
          await mergeCustomers(ctx, roles.targetId, roles.sourceId, providers)
          mergedNow.push(roles)
        }
        merged.push(...mergedNow)
        ids = [...new Set(mergedNow.map((m) => m.targetId))]
      }
      if (ids.length > 0) await customerIdentitiesChanged(ctx, ids)
      return merged
    },
  )
}

/** The older customer keeps the history; null when either was merged or erased meanwhile. */
async function mergeRoles(ctx: ServiceContext, pair: MatchSuggestion) {
  const rows = await ctx.trx
    .selectFrom('customers')
    .select(['id', 'createdAt'])
    .where('id', 'in', [pair.customerId, pair.candidateId])
    .where('mergedIntoId', 'is', null)
    .where('erasedAt', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .execute()
  const [older, newer] = rows
  return older && newer ? { targetId: older.id, sourceId: newer.id } : null
}
