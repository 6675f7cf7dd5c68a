import type { ConversationCaseClock, OrderCaseItem } from '../../api/return-clocks'
import type { CaseClockEntry } from './case-clock-row'
import { byDeadline, runningClock } from './running-clock'

/** Clock rows of a conversation's open cases, most pressing first. */
export function entriesFromClocks(
  clocks: readonly ConversationCaseClock[],
  today: string,
): CaseClockEntry[] {
  return clocks
    .map((c) => ({
      caseId: c.caseId,
      number: c.number,
      kind: c.kind,
      status: c.status,
      clock: runningClock(c, today),
    }))
    .sort(byDeadline)
}

/** Clock rows of an order's cases (open and closed); a fully refunded withdrawal has no clock. */
export function entriesFromOrderCases(
  cases: readonly OrderCaseItem[],
  today: string,
): CaseClockEntry[] {
  return cases
    .map((c) => ({
      caseId: c.id,
      number: c.number,
      kind: c.kind,
      status: c.status,
      clock: runningClock(
        {
          ...c,
          refundOutstanding: c.decision === null || c.refundedMinor < c.refundDueMinor,
        },
        today,
      ),
    }))
    .sort(byDeadline)
}
