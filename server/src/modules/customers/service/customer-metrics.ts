import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recomputeSegments } from './recompute-segments.js'
import { workspaceRfmThresholds } from './rfm-thresholds.js'
import { segmentsExpression } from './segment-sql.js'

/** A customer's order aggregates as the orders module computes them after an import. */
export interface OrderMetricsRow {
  customerId: string
  ordersCount: number
  lifetimeValueMinor: number
  /** ISO 4217 of `lifetimeValueMinor`. */
  currency: string | null
  firstOrderAt: Date | null
  lastOrderAt: Date | null
}

/** Satisfaction signals other modules report; an absent field keeps its stored value. */
export interface CustomerSignalsRow {
  customerId: string
  openComplaints?: number
  complaints90d?: number
  negativeReviews?: number
  lastNegativeSentimentAt?: Date | null
}

const iso = (date: Date | null) => (date ? date.toISOString() : null)

/**
 * Stores order aggregates for many customers and their segments in one UPDATE: the segments are
 * evaluated on the new figures, so each customer row (and each of its indexes) is written once,
 * and rows whose figures and segments did not change are not written at all. Called by the
 * orders module after each batch of orders.
 */
export async function recordOrderMetrics(
  ctx: ServiceContext,
  rows: OrderMetricsRow[],
  now = new Date(),
): Promise<void> {
  if (rows.length === 0) return
  const segments = segmentsExpression(await workspaceRfmThresholds(ctx), now)
  await sql`with input as (
      select * from unnest(
        ${rows.map((r) => r.customerId)}::uuid[],
        ${rows.map((r) => r.ordersCount)}::int[],
        ${rows.map((r) => r.lifetimeValueMinor)}::bigint[],
        ${rows.map((r) => r.currency)}::text[],
        ${rows.map((r) => iso(r.firstOrderAt))}::timestamptz[],
        ${rows.map((r) => iso(r.lastOrderAt))}::timestamptz[]
      ) as r(id, orders_count, lifetime_value_minor, currency, first_order_at, last_order_at)
    ), next as (
      select i.id, i.orders_count, i.lifetime_value_minor, i.currency, i.first_order_at,
        i.last_order_at, c.open_complaints, c.complaints90d, c.negative_reviews,
        c.last_negative_sentiment_at, c.merged_into_id, c.erased_at
      from input i join customers c on c.id = i.id
    ), evaluated as (
      -- Merged-away and erased customers keep their segments, as recomputeSegments does.
      select next.*, case when merged_into_id is null and erased_at is null then ${segments} end
        as segments
      from next
    )
    update customers c set
      orders_count = e.orders_count,
      lifetime_value_minor = e.lifetime_value_minor,
      currency = e.currency,
      first_order_at = e.first_order_at,
      last_order_at = e.last_order_at,
      segments = coalesce(e.segments, c.segments),
      segments_at = case when e.segments is not null and e.segments is distinct from c.segments
        then ${now.toISOString()}::timestamptz else c.segments_at end,
      updated_at = ${now.toISOString()}::timestamptz
    from evaluated e
    where c.id = e.id
      and (c.orders_count, c.lifetime_value_minor, c.currency, c.first_order_at, c.last_order_at,
        c.segments) is distinct from (e.orders_count, e.lifetime_value_minor, e.currency,
        e.first_order_at, e.last_order_at, coalesce(e.segments, c.segments))`.execute(ctx.trx)
}

/**
 * Stores complaint, review and sentiment signals for many customers in one statement (returns,
 * reviews and the assistant report them), then recomputes those customers' segments.
 */
export async function recordCustomerSignals(
  ctx: ServiceContext,
  rows: CustomerSignalsRow[],
  now = new Date(),
): Promise<void> {
  if (rows.length === 0) return
  const column = <K extends keyof CustomerSignalsRow>(key: K) => rows.map((r) => r[key] ?? null)
  const given = (key: keyof CustomerSignalsRow) => rows.map((r) => r[key] !== undefined)
  await sql`update customers c set
      open_complaints = case when r.has_open then r.open_complaints else c.open_complaints end,
      complaints90d = case when r.has_recent then r.complaints90d else c.complaints90d end,
      negative_reviews = case when r.has_reviews then r.negative_reviews else c.negative_reviews end,
      last_negative_sentiment_at = case when r.has_sentiment then r.last_negative_sentiment_at
        else c.last_negative_sentiment_at end,
      updated_at = ${now.toISOString()}::timestamptz
    from unnest(
      ${rows.map((r) => r.customerId)}::uuid[],
      ${given('openComplaints')}::bool[], ${column('openComplaints')}::int[],
      ${given('complaints90d')}::bool[], ${column('complaints90d')}::int[],
      ${given('negativeReviews')}::bool[], ${column('negativeReviews')}::int[],
      ${given('lastNegativeSentimentAt')}::bool[],
      ${rows.map((r) => iso(r.lastNegativeSentimentAt ?? null))}::timestamptz[]
    ) as r(id, has_open, open_complaints, has_recent, complaints90d, has_reviews,
      negative_reviews, has_sentiment, last_negative_sentiment_at)
    where c.id = r.id`.execute(ctx.trx)
  await recomputeSegments(ctx, { customerIds: rows.map((r) => r.customerId), now })
}
