import { addCalendarDays, instantOfWallTime } from '../../orders/index.js'

/** A case's running clock: which deadline it counts down to. */
export interface CaseClockFacts {
  kind: 'withdrawal' | 'complaint'
  decision: 'accepted' | 'refused' | null
  respondBy: string | null
  refundBy: string | null
  refundOutstanding: boolean
}

/**
 * The seller's next deadline on a case: a complaint's answer (art. 7a — 14 days, silence accepts)
 * while undecided; a withdrawal's refund (art. 32 ust. 1 — 14 days from the statement) while money
 * is outstanding; none once refused or settled.
 */
export function sellerClock(
  facts: CaseClockFacts,
): { kind: 'answer' | 'refund'; date: string } | null {
  if (facts.decision === 'refused') return null
  if (facts.kind === 'complaint' && facts.decision === null && facts.respondBy)
    return { kind: 'answer', date: facts.respondBy }
  if (facts.kind === 'withdrawal' && facts.refundOutstanding && facts.refundBy)
    return { kind: 'refund', date: facts.refundBy }
  return null
}

/** The instant a day-counted deadline runs out: the end of its last day in the workspace's zone (KC art. 111 §1). */
export function deadlineEndsAt(lastDay: string, timeZone: string): Date {
  const next = addCalendarDays(lastDay, 1)
  const [year, month, day] = next.split('-').map(Number) as [number, number, number]
  return instantOfWallTime({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone)
}

/** Reminder thresholds (hours before the end) crossed now and not yet sent, largest first. */
export function dueReminders(
  hoursLeft: number,
  reminderHours: readonly number[],
  sent: readonly number[],
): number[] {
  return reminderHours
    .filter((hours) => hoursLeft <= hours && hoursLeft > 0 && !sent.includes(hours))
    .sort((a, b) => b - a)
}

/** Whether the owner must hear of the case now: within the escalation window (or past it) and not escalated yet. */
export function escalationDue(
  hoursLeft: number,
  escalateHours: number,
  escalatedAt: Date | null,
): boolean {
  return escalatedAt === null && hoursLeft <= escalateHours
}
