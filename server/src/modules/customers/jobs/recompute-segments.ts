import { systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { refreshRfmThresholds } from '../service/recompute-segments.js'

/**
 * Nightly: fresh RFM cut points and segments in every workspace with customers, because
 * recency ("at risk", "dormant", "new") changes with the calendar even when nothing else does.
 */
export function recomputeSegmentsJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'customers.recompute-segments',
    cron: '40 2 * * *',
    retryLimit: 2,
    async handle() {
      await recomputeAllSegments(runtime)
    },
  }
}

/** Refreshes cut points and segments workspace by workspace, one short transaction each. */
export async function recomputeAllSegments(runtime: Runtime, now = new Date()): Promise<number> {
  const workspaces = await runtime.database.db
    .selectFrom('workspaces')
    .select('id as workspaceId')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('customers')
          .select('id')
          .whereRef('customers.workspaceId', '=', 'workspaces.id'),
      ),
    )
    .execute()
  let changed = 0
  for (const { workspaceId } of workspaces)
    changed += await runtime.inWorkspace(
      { workspaceId, actor: systemActor('Segments') },
      async (ctx) => (await refreshRfmThresholds(ctx, now)).changed,
    )
  return changed
}
