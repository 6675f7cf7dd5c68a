import type { CaseKind, CaseStatus } from '../../api/return-clocks'
import { calendarDaysBetween } from './deadline-time'

/** What a case tells about its deadlines, from a clocks row or a cases-list row. */
export interface CaseDeadlineFacts {
  kind: CaseKind
  status: CaseStatus
  /** Known from the cases list; clocks rows leave it out and the status decides. */
  decision?: 'accepted' | 'refused' | null
  respondBy: string | null
  refundBy: string | null
  deemedAcceptedOn: string | null
  /** False once the refund is paid in full (cases list); clocks rows leave it out. */
  refundOutstanding?: boolean
}

/** The seller's deadline a case counts down to, or a complaint the law already accepted. */
export type RunningClock =
  | { kind: 'answer' | 'refund'; date: string }
  | { kind: 'deemed_accepted'; date: string }

/** How close a running clock is: red when past or at most a day left, orange within 3 days. */
export type ClockUrgency = 'overdue' | 'urgent' | 'soon' | 'later'

const UNDECIDED: readonly CaseStatus[] = ['new', 'awaiting_item', 'received', 'inspected']

/**
 * The seller's running deadline, as the server's `sellerClock` decides it: an undecided
 * complaint's answer date (art. 7a Ustawa o prawach konsumenta — silence for 14 days accepts it,
 * so from `deemedAcceptedOn` it is deemed accepted); a withdrawal's refund date while money is
 * outstanding (art. 32 ust. 1); nothing once refused or settled.
 */
export function runningClock(facts: CaseDeadlineFacts, today: string): RunningClock | null {
  if (facts.status === 'refused' || facts.status === 'resolved') return null
  const decision =
    facts.decision !== undefined
      ? facts.decision
      : UNDECIDED.includes(facts.status)
        ? null
        : 'accepted'
  if (facts.kind === 'complaint') {
    if (decision !== null) return null
    if (facts.deemedAcceptedOn && facts.deemedAcceptedOn <= today)
      return { kind: 'deemed_accepted', date: facts.deemedAcceptedOn }
    return facts.respondBy ? { kind: 'answer', date: facts.respondBy } : null
  }
  if (decision === 'refused' || facts.refundOutstanding === false || !facts.refundBy) return null
  return { kind: 'refund', date: facts.refundBy }
}

/** Days left to a clock's deadline (0 = today is the last day, negative = past). */
export function daysLeft(clock: RunningClock, today: string): number {
  return calendarDaysBetween(today, clock.date)
}

/** The colour band of a deadline `left` calendar days away (negative: past). */
export function urgencyOfDaysLeft(left: number): ClockUrgency {
  if (left < 0) return 'overdue'
  if (left <= 1) return 'urgent'
  if (left <= 3) return 'soon'
  return 'later'
}

/** The colour band of a running clock. */
export function clockUrgency(clock: RunningClock, today: string): ClockUrgency {
  if (clock.kind === 'deemed_accepted') return 'overdue'
  return urgencyOfDaysLeft(daysLeft(clock, today))
}

/** Mantine colour per urgency. */
export const URGENCY_COLORS: Record<ClockUrgency, string> = {
  overdue: 'red',
  urgent: 'red',
  soon: 'orange',
  later: 'gray',
}

/** Most pressing first: cases past or nearest their deadline, cases without a clock last. */
export function byDeadline<T extends { clock: RunningClock | null }>(a: T, b: T): number {
  if (!a.clock || !b.clock) return (a.clock ? 0 : 1) - (b.clock ? 0 : 1)
  if (a.clock.kind === 'deemed_accepted' && b.clock.kind !== 'deemed_accepted') return -1
  if (b.clock.kind === 'deemed_accepted' && a.clock.kind !== 'deemed_accepted') return 1
  return a.clock.date.localeCompare(b.clock.date)
}
