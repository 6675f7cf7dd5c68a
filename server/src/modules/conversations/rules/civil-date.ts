const DAY_MS = 86_400_000
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The UTC midnight of an ISO date (YYYY-MM-DD) in epoch milliseconds, throwing for a malformed or impossible date such as '2025-02-30'. */
export function isoDateMs(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`)
  // Date.parse rolls '2025-02-30' over to March, so only a round trip proves the date exists.
  if (!ISO_DATE.test(isoDate) || Number.isNaN(ms) || toIsoDate(ms) !== isoDate) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): '${isoDate}'`)
  }
  return ms
}

/** The ISO date (YYYY-MM-DD) of the UTC calendar day containing `epochMs`. */
export function toIsoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10)
}

/** The ISO date `days` calendar days after `isoDate` (negative goes back), e.g. addDays('2025-12-31', 1) is '2026-01-01'. */
export function addDays(isoDate: string, days: number): string {
  return toIsoDate(isoDateMs(isoDate) + days * DAY_MS)
}

/** The ISO weekday of an ISO date: 1 for Monday through 7 for Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = new Date(isoDateMs(isoDate)).getUTCDay()
  return day === 0 ? 7 : day
}
