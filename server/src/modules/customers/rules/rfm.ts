/** A score 1..5 on one RFM axis; 5 is best (most recent, most frequent, highest value). */
export type RfmScore = 1 | 2 | 3 | 4 | 5

/** Recency, frequency and monetary scores of one customer. */
export interface RfmScores {
  r: RfmScore
  f: RfmScore
  m: RfmScore
}

/**
 * Quintile cut points, ascending: the 20th, 40th, 60th and 80th percentiles of days since the
 * last order, of order counts and of lifetime value in minor units.
 */
export interface RfmThresholds {
  recency: readonly number[]
  frequency: readonly number[]
  monetary: readonly number[]
}

/** The facts RFM scoring reads. */
export interface RfmInput {
  ordersCount: number
  lifetimeValueMinor: number
  lastOrderAt: Date | null
}

/** Quintile boundaries as fractions, the `percentile_cont` arguments. */
export const RFM_QUANTILES = [0.2, 0.4, 0.6, 0.8] as const

/** Below this many customers with an order, quintiles are noise; DEFAULT_RFM_THRESHOLDS apply. */
export const MIN_CUSTOMERS_FOR_RFM = 50

/**
 * Cut points for a workspace too small to have its own: recency 30/90/180/365 days, 1/2/3/5
 * orders, and 100/250/500/1000 in major units of the workspace currency (minor units here),
 * sized for a Polish small seller's PLN baskets.
 */
export const DEFAULT_RFM_THRESHOLDS: RfmThresholds = {
  recency: [30, 90, 180, 365],
  frequency: [1, 2, 3, 5],
  monetary: [10_000, 25_000, 50_000, 100_000],
}

const DAY_MS = 86_400_000

/** Whole days between the last order and `now` (0 on the day itself, never negative). */
export function daysSince(at: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - at.getTime()) / DAY_MS))
}

function above(value: number, cuts: readonly number[]): number {
  return cuts.filter((cut) => value > cut).length
}

const clampScore = (n: number): RfmScore => Math.min(5, Math.max(1, n)) as RfmScore

/**
 * Standard RFM scores against quintile cut points, the same comparison SQL can make:
 * F and M = 1 + number of cut points the value exceeds; R = 5 − number of cut points the days
 * since the last order exceed (ordered yesterday → 5). No order at all → 1/1/1.
 * Example with DEFAULT_RFM_THRESHOLDS: last order 10 days ago, 4 orders, 600 PLN → r5 f4 m4.
 */
export function rfmScores(metrics: RfmInput, thresholds: RfmThresholds, now: Date): RfmScores {
  if (metrics.ordersCount <= 0 || metrics.lastOrderAt === null) return { r: 1, f: 1, m: 1 }
  return {
    r: clampScore(5 - above(daysSince(metrics.lastOrderAt, now), thresholds.recency)),
    f: clampScore(1 + above(metrics.ordersCount, thresholds.frequency)),
    m: clampScore(1 + above(metrics.lifetimeValueMinor, thresholds.monetary)),
  }
}

/**
 * The `fraction` percentile of an ascending array by linear interpolation between closest
 * ranks — PostgreSQL's `percentile_cont(fraction) within group (order by x)`.
 */
export function percentileCont(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new RangeError('percentileCont of an empty sample')
  const position = fraction * (sorted.length - 1)
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const low = sorted[lower] as number
  const high = sorted[upper] as number
  return low + (high - low) * (position - lower)
}

function assertAscending(name: string, values: readonly number[]): void {
  for (let i = 1; i < values.length; i++)
    if ((values[i] as number) < (values[i - 1] as number))
      throw new RangeError(`${name} must be sorted ascending (index ${i})`)
}

/**
 * Quintile cut points from a workspace's customers with at least one order, each array sorted
 * ascending (the caller's SQL `order by`). The same numbers come from SQL as
 * `percentile_cont(array[0.2,0.4,0.6,0.8]) within group (order by days_since_last_order)`, and
 * likewise for `orders_count` and `lifetime_value_minor`. Fewer than MIN_CUSTOMERS_FOR_RFM
 * samples in any array → DEFAULT_RFM_THRESHOLDS.
 */
export function rfmThresholdsFrom(
  recencyDaysSorted: readonly number[],
  orderCountsSorted: readonly number[],
  lifetimeValuesSorted: readonly number[],
): RfmThresholds {
  const samples = { recencyDaysSorted, orderCountsSorted, lifetimeValuesSorted }
  for (const [name, values] of Object.entries(samples)) assertAscending(name, values)
  const smallest = Math.min(...Object.values(samples).map((values) => values.length))
  if (smallest < MIN_CUSTOMERS_FOR_RFM) return DEFAULT_RFM_THRESHOLDS
  const cuts = (sorted: readonly number[]) => RFM_QUANTILES.map((q) => percentileCont(sorted, q))
  return {
    recency: cuts(recencyDaysSorted),
    frequency: cuts(orderCountsSorted),
    monetary: cuts(lifetimeValuesSorted),
  }
}
