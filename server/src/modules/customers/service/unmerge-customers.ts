import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { conflict, notFound } from '../../../platform/http/errors.js'
import type { NamedCustomerData } from './customer-data-providers.js'
import { loadCustomer } from './load-customer.js'
import { metricColumns, separatedMetrics } from './merge-metrics.js'
import type { CustomerMergeMoves } from './merge-record.js'
import { restoreOwnRows } from './move-own-rows.js'
import { recomputeSegments } from './recompute-segments.js'

/**
 * Undoes a merge: the rows it moved go back to the source (in every module that reported
 * them), fields and attributes it filled are cleared where still unchanged, the target's
 * metrics are separated again, the source becomes a customer of its own, and the pair is
 * marked dismissed so that automatic matching does not merge it again.
 */
export async function unmergeCustomers(
  ctx: ServiceContext,
  mergeId: string,
  providers: readonly NamedCustomerData[],
  now = new Date(),
): Promise<{ targetId: string; sourceId: string }> {
  const merge = await ctx.trx
    .selectFrom('customerMerges')
    .select(['targetId', 'sourceId', 'unmergedAt', sql<string>`moved::text`.as('movedText')])
    .where('id', '=', mergeId)
    .forUpdate()
    .executeTakeFirst()
  if (!merge) throw notFound('The merge')
  if (merge.unmergedAt) throw conflict('already_unmerged', 'This merge was already undone.')
  const { targetId, sourceId } = merge
  for (const id of [targetId, sourceId].sort()) await loadCustomer(ctx, id, { lock: true })
  const target = await loadCustomer(ctx, targetId)
  const source = await loadCustomer(ctx, sourceId)
  if (target.mergedIntoId)
    throw conflict(
      'target_merged',
      `Customer ${targetId} was itself merged into ${target.mergedIntoId}; undo that merge first.`,
    )
  if (target.erasedAt || source.erasedAt)
    throw conflict(
      'customer_erased',
      'One of the customers was erased; the merge cannot be undone.',
    )
  if (source.mergedIntoId !== targetId)
    throw conflict('not_merged', 'The source customer no longer points at the target.')
  // Read as text: keys inside jsonb (attribute names, module names) must not be camel-cased.
  const moves = JSON.parse(merge.movedText) as CustomerMergeMoves

  await restoreOwnRows(ctx, moves, sourceId, targetId)
  for (const { module, data } of providers) {
    const ids = moves.repointed[module]
    if (ids && ids.length > 0) await data.restore(ctx, sourceId, ids)
  }
  const cleared = Object.fromEntries(
    Object.entries(moves.filled).flatMap(([field, value]) =>
      target[field as keyof typeof moves.filled] === value ? [[field, null]] : [],
    ),
  )
  const attributes = Object.fromEntries(
    Object.entries(target.attributes).filter(
      ([key, value]) => moves.attributesAdded[key] !== value,
    ),
  )
  const metrics = separatedMetrics(
    metricColumns(target),
    moves.targetMetricsBefore,
    metricColumns(source),
  )
  await ctx.trx
    .updateTable('customers')
    .set({
      ...cleared,
      ...metrics,
      attributes: JSON.stringify(attributes),
      updatedAt: now,
    })
    .where('id', '=', targetId)
    .execute()
  await ctx.trx
    .updateTable('customers')
    .set({ mergedIntoId: null, updatedAt: now })
    .where('id', '=', sourceId)
    .execute()
  await ctx.trx
    .updateTable('customerMerges')
    .set({ unmergedAt: now })
    .where('id', '=', mergeId)
    .execute()
  const [first, second] = [targetId, sourceId].sort() as [string, string]
  await sql`insert into customer_match_suggestions
      (workspace_id, customer_id, candidate_id, confidence, reasons, status)
    values (${ctx.workspaceId}, ${first}, ${second}, 0, '[]', 'dismissed')
    on conflict (customer_id, candidate_id) do update set status = 'dismissed'`.execute(ctx.trx)
  await recomputeSegments(ctx, { customerIds: [targetId, sourceId], now })
  const changes = { mergeId: { from: mergeId, to: null }, sourceId: { from: sourceId, to: null } }
  for (const entityId of [targetId, sourceId])
    await recordEvent(ctx, {
      name: 'customers.customer.unmerged',
      entityType: 'customer',
      entityId,
      changes,
    })
  return { targetId, sourceId }
}
