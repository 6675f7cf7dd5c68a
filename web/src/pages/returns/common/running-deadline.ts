import type { CaseKind, CaseStatus } from '../../../api/return-types'

/** The case fields the running deadline depends on (a list row or the full case). */
export interface DeadlineFacts {
  kind: CaseKind
  status: CaseStatus
  decision: 'accepted' | 'refused' | null
  respondBy: string | null
  refundBy: string | null
  deemedAcceptedOn: string | null
}

/** Which deadline runs against the seller now. */
export interface RunningDeadline {
  /** respond: answer a complaint (art. 7a); refund: pay back a withdrawal (art. 32 ust. 1). */
  kind: 'respond' | 'refund'
  date: string
  /** Whole days from today to the deadline's last day; negative once missed. */
  daysLeft: number
  urgency: 'overdue' | 'critical' | 'warning' | 'ok'
}

const DAY_MS = 86_400_000

/** Today in Poland as YYYY-MM-DD: statutory days are counted in the seller's calendar. */
export function warsawToday(now: number = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(now)
}

/** Days from `from` to `to` (both YYYY-MM-DD), calendar arithmetic without time zones. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** Red on the last day or past, orange within three days (the seller's reminders start there). */
export function urgencyOf(daysLeft: number): RunningDeadline['urgency'] {
  if (daysLeft < 0) return 'overdue'
  if (daysLeft <= 1) return 'critical'
  if (daysLeft <= 3) return 'warning'
  return 'ok'
}

/**
 * The seller's running deadline: an undecided complaint must be answered by respondBy or it is
 * deemed accepted (art. 7a Ustawa o prawach konsumenta); a withdrawal not yet settled must be
 * refunded by refundBy (art. 32 ust. 1). Closed cases have none.
 */
export function runningDeadline(facts: DeadlineFacts, today: string): RunningDeadline | null {
  if (facts.status === 'refused' || facts.status === 'resolved') return null
  const running =
    facts.kind === 'complaint'
      ? facts.decision === null && facts.respondBy
        ? { kind: 'respond' as const, date: facts.respondBy }
        : null
      : facts.refundBy
        ? { kind: 'refund' as const, date: facts.refundBy }
        : null
  if (!running) return null
  const daysLeft = daysBetween(today, running.date)
  return { ...running, daysLeft, urgency: urgencyOf(daysLeft) }
}

/** Whether an unanswered complaint already counts as accepted (art. 7a; KC art. 561⁵). */
export function isDeemedAccepted(facts: DeadlineFacts, today: string): boolean {
  return (
    facts.kind === 'complaint' &&
    facts.decision === null &&
    facts.deemedAcceptedOn !== null &&
    facts.deemedAcceptedOn <= today
  )
}

/** The chart's buckets of open cases by their running deadline. */
export const DEADLINE_BUCKETS = ['overdue', 'today', 'soon', 'later'] as const
/** One of DEADLINE_BUCKETS. */
export type DeadlineBucket = (typeof DEADLINE_BUCKETS)[number]

/** Overdue, due today, within three days, or later. */
export function bucketOf(deadline: RunningDeadline): DeadlineBucket {
  if (deadline.daysLeft < 0) return 'overdue'
  if (deadline.daysLeft === 0) return 'today'
  if (deadline.daysLeft <= 3) return 'soon'
  return 'later'
}
