import type { ServiceContext } from '../../../platform/context.js'
import { computeRfmThresholds, workspaceRfmThresholds } from './rfm-thresholds.js'
import { segmentsExpression } from './segment-sql.js'

/**
 * Re-evaluates segments in one set-based UPDATE (all active customers of the workspace, or only
 * `customerIds`), writing `segments` and `segments_at` only where they changed; returns how many
 * changed. Uses the workspace's RFM cut points or the defaults.
 */
export async function recomputeSegments(
  ctx: ServiceContext,
  options: { customerIds?: string[]; now: Date },
): Promise<number> {
  if (options.customerIds && options.customerIds.length === 0) return 0
  const thresholds = await workspaceRfmThresholds(ctx)
  const expression = segmentsExpression(thresholds, options.now)
  let evaluated = ctx.trx
    .selectFrom('customers')
    .select(['id', expression.as('segments')])
    .where('mergedIntoId', 'is', null)
    .where('erasedAt', 'is', null)
  if (options.customerIds)
    evaluated = evaluated.where('id', 'in', [...new Set(options.customerIds)])
  const result = await ctx.trx
    .updateTable('customers')
    .from(evaluated.as('evaluated'))
    .set((eb) => ({
      segments: eb.ref('evaluated.segments'),
      segmentsAt: options.now,
    }))
    .whereRef('customers.id', '=', 'evaluated.id')
    .where((eb) => eb('customers.segments', 'is distinct from', eb.ref('evaluated.segments')))
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * The nightly work for one workspace: fresh RFM cut points from its buyers, then every
 * customer's segments against them (recency moves with the calendar even without new orders).
 */
export async function refreshRfmThresholds(ctx: ServiceContext, now = new Date()) {
  const thresholds = await computeRfmThresholds(ctx, now)
  const changed = await recomputeSegments(ctx, { now })
  return { thresholds, changed }
}
