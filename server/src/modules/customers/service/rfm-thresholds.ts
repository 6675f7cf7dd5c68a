import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import {
  DEFAULT_RFM_THRESHOLDS,
  MIN_CUSTOMERS_FOR_RFM,
  RFM_QUANTILES,
  type RfmThresholds,
} from '../rules/rfm.js'

/** The workspace's stored RFM cut points, or DEFAULT_RFM_THRESHOLDS when it has none yet. */
export async function workspaceRfmThresholds(ctx: ServiceContext): Promise<RfmThresholds> {
  const row = await ctx.trx
    .selectFrom('customerRfmThresholds')
    .select(['recencyDays', 'frequency', 'monetary'])
    .executeTakeFirst()
  if (!row) return DEFAULT_RFM_THRESHOLDS
  return {
    recency: row.recencyDays.map(Number),
    frequency: row.frequency.map(Number),
    monetary: row.monetary.map(Number),
  }
}

/**
 * Computes the quintile cut points of the workspace's buying customers with percentile_cont
 * (the same numbers as rules/rfm.ts rfmThresholdsFrom) and stores them; below
 * MIN_CUSTOMERS_FOR_RFM buyers the stored row is removed so that the defaults apply.
 */
export async function computeRfmThresholds(ctx: ServiceContext, now: Date): Promise<RfmThresholds> {
  const quantiles = [...RFM_QUANTILES]
  const { rows } = await sql<{
    buyers: number
    recency: number[] | null
    frequency: number[] | null
    monetary: number[] | null
  }>`select count(*)::int as buyers,
      percentile_cont(${quantiles}::float8[]) within group (order by days) as recency,
      percentile_cont(${quantiles}::float8[]) within group (order by orders_count) as frequency,
      percentile_cont(${quantiles}::float8[]) within group (order by lifetime_value_minor) as monetary
    from (
      select greatest(0, floor(extract(epoch from (${now.toISOString()}::timestamptz - last_order_at)) / 86400)) as days,
        orders_count, lifetime_value_minor
      from customers
      where orders_count > 0 and last_order_at is not null
        and merged_into_id is null and erased_at is null
    ) as buyers`.execute(ctx.trx)
  const stats = rows[0]
  if (!stats || stats.buyers < MIN_CUSTOMERS_FOR_RFM) {
    await ctx.trx.deleteFrom('customerRfmThresholds').execute()
    return DEFAULT_RFM_THRESHOLDS
  }
  const thresholds = {
    recencyDays: (stats.recency ?? []).map(Number),
    frequency: (stats.frequency ?? []).map(Number),
    monetary: (stats.monetary ?? []).map(Number),
  }
  await ctx.trx
    .insertInto('customerRfmThresholds')
    .values({ workspaceId: ctx.workspaceId, ...thresholds, computedAt: now })
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet({ ...thresholds, computedAt: now }))
    .execute()
  // Read back: the columns are real[], so what segments use is the stored (rounded) value.
  return workspaceRfmThresholds(ctx)
}
