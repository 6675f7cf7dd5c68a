import type { CaseKind, CaseStatus } from '../../../api/return-types'
import { calendarDaysBetween, todayIn } from '../../../components/case-clocks/deadline-time'
import {
  type ClockUrgency,
  runningClock,
  urgencyOfDaysLeft,
} from '../../../components/case-clocks/running-clock'

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
  urgency: ClockUrgency
}

/** Today in Poland as YYYY-MM-DD: statutory days are counted in the seller's calendar. */
export function warsawToday(now: number = Date.now()): string {
  return todayIn('Europe/Warsaw', now)
}

/**
 * The seller's running deadline, by the same rule as every case clock (`runningClock`): an
 * undecided complaint must be answered by respondBy (past it, it is deemed accepted, art. 7a
 * Ustawa o prawach konsumenta, and the missed date still shows); a withdrawal not yet settled
 * must be refunded by refundBy (art. 32 ust. 1). Closed cases have none.
 */
export function runningDeadline(facts: DeadlineFacts, today: string): RunningDeadline | null {
  const clock = runningClock(facts, today)
  if (!clock) return null
  const running =
    clock.kind === 'refund'
      ? { kind: 'refund' as const, date: clock.date }
      : { kind: 'respond' as const, date: facts.respondBy ?? clock.date }
  const daysLeft = calendarDaysBetween(today, running.date)
  return { ...running, daysLeft, urgency: urgencyOfDaysLeft(daysLeft) }
}

/** Whether an unanswered complaint already counts as accepted (art. 7a; KC art. 561⁵). */
export function isDeemedAccepted(facts: DeadlineFacts, today: string): boolean {
  return runningClock(facts, today)?.kind === 'deemed_accepted'
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
