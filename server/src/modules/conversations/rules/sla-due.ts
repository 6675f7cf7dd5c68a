import type { SlaCalendar } from './sla-calendar.js'
import { addServiceTime } from './sla-clock.js'

/** Response targets in service minutes (null disables a clock) and the share of a target after which it is at risk. */
export type SlaPolicy = {
  firstResponseMinutes: number | null
  nextResponseMinutes: number | null
  atRiskRatio: number
}

/** The conversation timestamps the SLA clocks run from; `waitingSince` is the oldest unanswered customer message, null when nothing waits. */
export type SlaFacts = {
  firstInboundAt: Date | null
  firstReplyAt: Date | null
  waitingSince: Date | null
}

/** When each SLA clock of a conversation falls due, the earliest of them, and when that one turns at risk. */
export type SlaDueTimes = {
  firstResponseDueAt: Date | null
  nextResponseDueAt: Date | null
  dueAt: Date | null
  atRiskAt: Date | null
}

/** How a conversation stands against its SLA at a given instant. */
export type SlaState = 'none' | 'ok' | 'at_risk' | 'breached'

/** The SLA due times of a conversation: the first-response clock runs from the first inbound message until the first reply, the next-response clock from the oldest unanswered message after that, and neither runs while nothing waits. */
export function slaDueTimes(
  facts: SlaFacts,
  policy: SlaPolicy,
  calendar: SlaCalendar,
): SlaDueTimes {
  assertPolicy(policy)
  const { firstInboundAt, firstReplyAt, waitingSince } = facts
  const first =
    firstInboundAt && !firstReplyAt && waitingSince && policy.firstResponseMinutes !== null
      ? { from: firstInboundAt, minutes: policy.firstResponseMinutes }
      : null
  const next =
    firstReplyAt && waitingSince && policy.nextResponseMinutes !== null
      ? { from: waitingSince, minutes: policy.nextResponseMinutes }
      : null
  const firstResponseDueAt = first && addServiceTime(first.from, first.minutes, calendar)
  const nextResponseDueAt = next && addServiceTime(next.from, next.minutes, calendar)
  // The clocks exclude each other (before and after the first reply), so one is active at most.
  const active = first ?? next
  const dueAt = firstResponseDueAt ?? nextResponseDueAt
  const atRiskAt = active
    ? addServiceTime(active.from, active.minutes * policy.atRiskRatio, calendar)
    : null
  return { firstResponseDueAt, nextResponseDueAt, dueAt, atRiskAt }
}

/** Whether a conversation is without a running clock ('none'), on time, at risk from `atRiskAt`, or breached once `now` is past `dueAt` (a reply exactly at the due instant is on time). */
export function slaState(now: Date, due: { dueAt: Date | null; atRiskAt: Date | null }): SlaState {
  if (!due.dueAt) return 'none'
  if (now.getTime() > due.dueAt.getTime()) return 'breached'
  if (due.atRiskAt && now.getTime() >= due.atRiskAt.getTime()) return 'at_risk'
  return 'ok'
}

function assertPolicy(policy: SlaPolicy): void {
  for (const minutes of [policy.firstResponseMinutes, policy.nextResponseMinutes]) {
    if (minutes !== null && !(Number.isFinite(minutes) && minutes >= 0)) {
      throw new RangeError(
        `SLA target must be null or a non-negative number of minutes, not ${minutes}`,
      )
    }
  }
  if (!(policy.atRiskRatio >= 0 && policy.atRiskRatio <= 1)) {
    throw new RangeError(`SLA atRiskRatio must be between 0 and 1, not ${policy.atRiskRatio}`)
  }
}
