import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import type { NamedCustomerData } from './customer-data-providers.js'
import { loadActiveCustomer } from './load-customer.js'
import { combinedMetrics, metricColumns } from './merge-metrics.js'
import type { CustomerMergeMoves } from './merge-record.js'
import { moveOwnRows } from './move-own-rows.js'
import { recomputeSegments } from './recompute-segments.js'

/** The outcome of a merge: its id (for an unmerge) and what moved. */
export interface MergeResult {
  mergeId: string
  moves: CustomerMergeMoves
}

/**
 * Merges `sourceId` into `targetId`: identities, tags, notes and consents move, every module's
 * rows are re-pointed through its customer data provider, empty contact fields and missing
 * attributes of the target are filled from the source, metrics combine and segments are
 * recomputed. The source stays, pointing at the target, so that `unmergeCustomers` can undo it.
 */
export async function mergeCustomers(
  ctx: ServiceContext,
  targetId: string,
  sourceId: string,
  providers: readonly NamedCustomerData[],
  now = new Date(),
): Promise<MergeResult> {
  if (targetId === sourceId)
    throw badRequest('same_customer', 'A customer cannot be merged into itself.')
  // Lock in a fixed order so that two opposite merges cannot deadlock.
  for (const id of [targetId, sourceId].sort()) await loadActiveCustomer(ctx, id, { lock: true })
  const target = await loadActiveCustomer(ctx, targetId)
  const source = await loadActiveCustomer(ctx, sourceId)

  const own = await moveOwnRows(ctx, sourceId, targetId)
  const repointed: Record<string, string[]> = {}
  for (const { module, data } of providers)
    repointed[module] = await data.reassign(ctx, sourceId, targetId)

  const filled: CustomerMergeMoves['filled'] = {}
  for (const field of ['name', 'email', 'phone', 'locale'] as const) {
    const value = source[field]
    if (!target[field] && value) filled[field] = value
  }
  const attributesAdded = Object.fromEntries(
    Object.entries(source.attributes).filter(([key]) => !(key in target.attributes)),
  )
  const targetMetricsBefore = metricColumns(target)
  const metrics = combinedMetrics(targetMetricsBefore, metricColumns(source))
  await ctx.trx
    .updateTable('customers')
    .set({
      ...filled,
      ...metrics,
      attributes: JSON.stringify({ ...target.attributes, ...attributesAdded }),
      updatedAt: now,
    })
    .where('id', '=', targetId)
    .execute()
  await ctx.trx
    .updateTable('customers')
    .set({ mergedIntoId: targetId, updatedAt: now })
    .where('id', '=', sourceId)
    .execute()
  const settled = await sql`update customer_match_suggestions set status = 'merged'
    where customer_id = ${[targetId, sourceId].sort()[0]} and candidate_id = ${[targetId, sourceId].sort()[1]}
      and status = 'open'`.execute(ctx.trx)

  const moves: CustomerMergeMoves = {
    ...own,
    repointed,
    source: { name: source.name, email: source.email, phone: source.phone, locale: source.locale },
    filled,
    attributesAdded,
    targetMetricsBefore,
    suggestionsSettled: Number(settled.numAffectedRows ?? 0) > 0,
  }
  const merge = await ctx.trx
    .insertInto('customerMerges')
    .values({
      workspaceId: ctx.workspaceId,
      targetId,
      sourceId,
      moved: JSON.stringify(moves),
      mergedBy: ctx.actor.label,
      mergedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await recomputeSegments(ctx, { customerIds: [targetId], now })
  const changes = {
    mergeId: { from: null, to: merge.id },
    sourceId: { from: null, to: sourceId },
    targetId: { from: null, to: targetId },
  }
  for (const entityId of [targetId, sourceId])
    await recordEvent(ctx, {
      name: 'customers.customer.merged',
      entityType: 'customer',
      entityId,
      changes,
    })
  return { mergeId: merge.id, moves }
}
