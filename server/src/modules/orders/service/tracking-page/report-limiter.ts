import {
  admitReport,
  PROBLEM_REPORT_LIMIT,
  type ReportLimit,
} from '../../rules/tracking-page/report-limit.js'

const MAX_KEYS = 50_000

/**
 * The in-memory counter of problem reports per order token and IP address. One process keeps
 * its own counts: with several web nodes a visitor gets that many budgets, which still bounds
 * a flood. Full (an attack spraying keys), it forgets the oldest half rather than grow.
 */
export class ReportLimiter {
  private readonly sent = new Map<string, number[]>()

  constructor(
    private readonly limit: ReportLimit = PROBLEM_REPORT_LIMIT,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one report of `token` from `ip`; null when allowed, else milliseconds to wait. */
  take(token: string, ip: string): number | null {
    const key = `${token}|${ip}`
    const verdict = admitReport(this.sent.get(key) ?? [], this.clock(), this.limit)
    // Re-inserting moves the key to the end: Map order is then least recently used first.
    this.sent.delete(key)
    this.sent.set(key, verdict.history)
    if (this.sent.size > MAX_KEYS) this.forgetOldest(MAX_KEYS / 2)
    return verdict.allowed ? null : verdict.retryAfterMs
  }

  private forgetOldest(count: number) {
    let left = count
    for (const key of this.sent.keys()) {
      if (left-- <= 0) break
      this.sent.delete(key)
    }
  }
}
