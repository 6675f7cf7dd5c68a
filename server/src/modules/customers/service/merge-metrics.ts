import type { CustomerRow } from './load-customer.js'

/** The order and satisfaction columns a merge combines and an unmerge separates. */
export interface CustomerMetricColumns {
  ordersCount: number
  lifetimeValueMinor: number
  currency: string | null
  firstOrderAt: string | null
  lastOrderAt: string | null
  openComplaints: number
  complaints90d: number
  negativeReviews: number
  lastNegativeSentimentAt: string | null
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null)
const earliest = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b))
const latest = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b))

/** A row's metric columns in a JSON-safe form (stored with a merge). */
export function metricColumns(row: CustomerRow): CustomerMetricColumns {
  return {
    ordersCount: row.ordersCount,
    lifetimeValueMinor: Number(row.lifetimeValueMinor),
    currency: row.currency,
    firstOrderAt: iso(row.firstOrderAt),
    lastOrderAt: iso(row.lastOrderAt),
    openComplaints: row.openComplaints,
    complaints90d: row.complaints90d,
    negativeReviews: row.negativeReviews,
    lastNegativeSentimentAt: iso(row.lastNegativeSentimentAt),
  }
}

/**
 * One person's metrics from two records: counts add up, first and last dates widen. Values in
 * different currencies cannot be added, so the target's stays until the orders module reports
 * the merged customer's aggregates again.
 */
export function combinedMetrics(
  target: CustomerMetricColumns,
  source: CustomerMetricColumns,
): CustomerMetricColumns {
  const sameCurrency = !target.currency || !source.currency || target.currency === source.currency
  return {
    ordersCount: target.ordersCount + source.ordersCount,
    lifetimeValueMinor: sameCurrency
      ? target.lifetimeValueMinor + source.lifetimeValueMinor
      : target.lifetimeValueMinor,
    currency: target.currency ?? source.currency,
    firstOrderAt: earliest(target.firstOrderAt, source.firstOrderAt),
    lastOrderAt: latest(target.lastOrderAt, source.lastOrderAt),
    openComplaints: target.openComplaints + source.openComplaints,
    complaints90d: target.complaints90d + source.complaints90d,
    negativeReviews: target.negativeReviews + source.negativeReviews,
    lastNegativeSentimentAt: latest(target.lastNegativeSentimentAt, source.lastNegativeSentimentAt),
  }
}

/**
 * The target's metrics after an unmerge: what it had before the merge, unless it changed since
 * (the orders module reported new aggregates), in which case the source's share is taken off.
 */
export function separatedMetrics(
  current: CustomerMetricColumns,
  before: CustomerMetricColumns,
  source: CustomerMetricColumns,
): CustomerMetricColumns {
  const merged = combinedMetrics(before, source)
  if (JSON.stringify(current) === JSON.stringify(merged)) return before
  const minus = (a: number, b: number) => Math.max(0, a - b)
  return {
    ...current,
    ordersCount: minus(current.ordersCount, source.ordersCount),
    lifetimeValueMinor:
      current.currency === source.currency
        ? minus(current.lifetimeValueMinor, source.lifetimeValueMinor)
        : current.lifetimeValueMinor,
    openComplaints: minus(current.openComplaints, source.openComplaints),
    complaints90d: minus(current.complaints90d, source.complaints90d),
    negativeReviews: minus(current.negativeReviews, source.negativeReviews),
  }
}
