import { daysSince, type RfmThresholds, rfmScores } from './rfm.js'

/** The segments a customer can be in; one customer can be in several. */
export const SEGMENTS = [
  'new',
  'returning',
  'loyal',
  'vip',
  'at_risk',
  'dissatisfied',
  'dormant',
] as const
export type Segment = (typeof SEGMENTS)[number]

/** A customer's order and satisfaction facts, as the customers module aggregates them. */
export interface CustomerMetrics {
  ordersCount: number
  lifetimeValueMinor: number
  firstOrderAt: Date | null
  lastOrderAt: Date | null
  openComplaints: number
  /** Complaints opened in the last 90 days (DISSATISFIED_COMPLAINT_DAYS). */
  complaints90d: number
  /** Negative reviews in the last DISSATISFIED_REVIEW_DAYS days (the aggregating query's window). */
  negativeReviews: number
  lastNegativeSentimentAt: Date | null
}

/** "new": exactly this many orders… */
export const NEW_CUSTOMER_ORDERS = 1
/** …the first of them at most this many days ago. */
export const NEW_CUSTOMER_DAYS = 30
/** "returning": at least this many orders. */
export const RETURNING_MIN_ORDERS = 2
/** "loyal": frequency score at least… */
export const LOYAL_MIN_F = 4
/** …and recency score at least. */
export const LOYAL_MIN_R = 3
/** "vip": monetary score exactly 5 (top quintile)… */
export const VIP_M = 5
/** …frequency score at least… */
export const VIP_MIN_F = 3
/** …and recency score at least. */
export const VIP_MIN_R = 3
/** "at_risk": a good customer (frequency score at least this)… */
export const AT_RISK_MIN_F = 3
/** …whose recency score fell to this or lower. */
export const AT_RISK_MAX_R = 2
/** "dissatisfied": a complaint opened within this many days… */
export const DISSATISFIED_COMPLAINT_DAYS = 90
/** …or a negative review within this many days (the window of `negativeReviews`)… */
export const DISSATISFIED_REVIEW_DAYS = 90
/** …or negative sentiment in a message within this many days. */
export const DISSATISFIED_SENTIMENT_DAYS = 30
/** "dormant": the last order more than this many days ago. */
export const DORMANT_AFTER_DAYS = 180

function isDissatisfied(m: CustomerMetrics, now: Date): boolean {
  return (
    m.openComplaints > 0 ||
    m.complaints90d > 0 ||
    m.negativeReviews > 0 ||
    (m.lastNegativeSentimentAt !== null &&
      daysSince(m.lastNegativeSentimentAt, now) <= DISSATISFIED_SENTIMENT_DAYS)
  )
}

/**
 * The segments a customer is in, in SEGMENTS order, by the definitions in SEGMENT_DEFINITIONS:
 * new (1 order, first within 30 days), returning (≥ 2 orders), loyal (F ≥ 4, R ≥ 3), vip
 * (M = 5, F ≥ 3, R ≥ 3), at_risk (F ≥ 3, R ≤ 2), dissatisfied (open complaint, complaint in
 * 90 days, negative review, or negative sentiment in 30 days), dormant (last order > 180 days).
 */
export function segmentsOf(
  metrics: CustomerMetrics,
  thresholds: RfmThresholds,
  now: Date,
): Segment[] {
  const has = metrics.ordersCount > 0 && metrics.lastOrderAt !== null
  const { r, f, m } = rfmScores(metrics, thresholds, now)
  const checks: Record<Segment, boolean> = {
    new:
      metrics.ordersCount === NEW_CUSTOMER_ORDERS &&
      metrics.firstOrderAt !== null &&
      daysSince(metrics.firstOrderAt, now) <= NEW_CUSTOMER_DAYS,
    returning: metrics.ordersCount >= RETURNING_MIN_ORDERS,
    loyal: has && f >= LOYAL_MIN_F && r >= LOYAL_MIN_R,
    vip: has && m === VIP_M && f >= VIP_MIN_F && r >= VIP_MIN_R,
    at_risk: has && f >= AT_RISK_MIN_F && r <= AT_RISK_MAX_R,
    dissatisfied: isDissatisfied(metrics, now),
    dormant:
      metrics.lastOrderAt !== null && daysSince(metrics.lastOrderAt, now) > DORMANT_AFTER_DAYS,
  }
  return SEGMENTS.filter((segment) => checks[segment])
}
