import { type RawBuilder, sql } from 'kysely'
import type { RfmThresholds } from '../rules/rfm.js'
import {
  AT_RISK_MAX_R,
  AT_RISK_MIN_F,
  DISSATISFIED_SENTIMENT_DAYS,
  DORMANT_AFTER_DAYS,
  LOYAL_MIN_F,
  LOYAL_MIN_R,
  NEW_CUSTOMER_DAYS,
  NEW_CUSTOMER_ORDERS,
  RETURNING_MIN_ORDERS,
  type Segment,
  VIP_M,
  VIP_MIN_F,
  VIP_MIN_R,
} from '../rules/segments.js'

// Whole days from `column` to `now`, never negative: rules/rfm.ts daysSince.
const daysSince = (column: string, now: Date) =>
  sql`greatest(0, floor(extract(epoch from (${now.toISOString()}::timestamptz - ${sql.ref(column)})) / 86400))`

// How many cut points `value` exceeds: rules/rfm.ts `above`. A sum of comparisons against
// literal cut points, not a subquery: it runs for every customer several times per row.
const above = (value: RawBuilder<unknown>, cuts: readonly number[]) =>
  cuts.length === 0
    ? sql`0`
    : sql`(${sql.join(
        cuts.map((cut) => sql`(${value} > ${sql.lit(Number(cut))}::float8)::int`),
        sql` + `,
      )})`

const clamp = (score: RawBuilder<unknown>) => sql`least(5, greatest(1, ${score}))`

/**
 * The SQL expression for a customers row's segments, in SEGMENTS order: the same definitions as
 * rules/segments.ts segmentsOf with the same constants and RFM scoring as rules/rfm.ts
 * rfmScores (a test checks both agree on hundreds of random customers).
 */
export function segmentsExpression(thresholds: RfmThresholds, now: Date): RawBuilder<string[]> {
  const has = sql`(orders_count > 0 and last_order_at is not null)`
  const r = sql`case when ${has} then ${clamp(sql`5 - ${above(daysSince('last_order_at', now), thresholds.recency)}`)} else 1 end`
  const f = sql`case when ${has} then ${clamp(sql`1 + ${above(sql`orders_count`, thresholds.frequency)}`)} else 1 end`
  const m = sql`case when ${has} then ${clamp(sql`1 + ${above(sql`lifetime_value_minor`, thresholds.monetary)}`)} else 1 end`
  const checks: [Segment, RawBuilder<unknown>][] = [
    [
      'new',
      sql`orders_count = ${NEW_CUSTOMER_ORDERS} and first_order_at is not null
        and ${daysSince('first_order_at', now)} <= ${NEW_CUSTOMER_DAYS}`,
    ],
    ['returning', sql`orders_count >= ${RETURNING_MIN_ORDERS}`],
    ['loyal', sql`${has} and ${f} >= ${LOYAL_MIN_F} and ${r} >= ${LOYAL_MIN_R}`],
    ['vip', sql`${has} and ${m} = ${VIP_M} and ${f} >= ${VIP_MIN_F} and ${r} >= ${VIP_MIN_R}`],
    ['at_risk', sql`${has} and ${f} >= ${AT_RISK_MIN_F} and ${r} <= ${AT_RISK_MAX_R}`],
    [
      'dissatisfied',
      sql`open_complaints > 0 or complaints90d > 0 or negative_reviews > 0
        or (last_negative_sentiment_at is not null
          and ${daysSince('last_negative_sentiment_at', now)} <= ${DISSATISFIED_SENTIMENT_DAYS})`,
    ],
    [
      'dormant',
      sql`last_order_at is not null and ${daysSince('last_order_at', now)} > ${DORMANT_AFTER_DAYS}`,
    ],
  ]
  const cases = sql.join(
    checks.map(([segment, check]) => sql`case when ${check} then ${segment}::text end`),
  )
  return sql<string[]>`array_remove(array[${cases}], null)`
}
