/** How many problem reports one visitor may send about one order, and over what window. */
export interface ReportLimit {
  max: number
  windowMs: number
}

/** Five reports per ten minutes per order and IP: plenty for a buyer, little for a flood. */
export const PROBLEM_REPORT_LIMIT: ReportLimit = { max: 5, windowMs: 10 * 60_000 }

/** The verdict on one more report, with the send times to keep for the next one. */
export type ReportAdmission =
  | { allowed: true; history: number[] }
  | { allowed: false; history: number[]; retryAfterMs: number }

/**
 * A sliding-window log: the report is allowed when fewer than `max` were sent in the last
 * `windowMs`; otherwise the wait is until the oldest of them leaves the window.
 */
export function admitReport(
  history: readonly number[],
  now: number,
  limit: ReportLimit = PROBLEM_REPORT_LIMIT,
): ReportAdmission {
  const recent = history.filter((at) => at > now - limit.windowMs && at <= now)
  if (recent.length >= limit.max) {
    const oldest = Math.min(...recent)
    return { allowed: false, history: recent, retryAfterMs: oldest + limit.windowMs - now }
  }
  return { allowed: true, history: [...recent, now] }
}
