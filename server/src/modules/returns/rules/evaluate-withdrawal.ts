import { formatDay, parseDay } from './day-number.js'
import { withdrawalExceptionOf } from './item-exceptions.js'
import type {
  AcceptReason,
  CaseEvaluation,
  CaseFacts,
  ItemEligibility,
  RefusalReason,
} from './types.js'
import { withdrawalWindows } from './withdrawal-windows.js'
import { shiftToWorkingDayNumber } from './working-days.js'

type Reason = RefusalReason | AcceptReason

/** The latest of the delivery days: possession of the last item starts the period (art. 28 pkt 1 lit. b; Directive 2011/83/EU art. 9(2)(b)(ii)). */
export function lastDeliveryDay(deliveries: readonly string[]): number {
  let latest = Number.NaN
  for (const delivery of deliveries) {
    const day = parseDay(delivery)
    if (Number.isNaN(day)) throw new RangeError(`deliveries: not a calendar date '${delivery}'`)
    if (!(day <= latest)) latest = day
  }
  if (Number.isNaN(latest)) throw new RangeError('deliveries: at least one delivery is needed')
  return latest
}

function requestedDay(facts: Pick<CaseFacts, 'requestedAt'>): number {
  const day = parseDay(facts.requestedAt)
  if (Number.isNaN(day))
    throw new RangeError(`requestedAt: not a calendar date '${facts.requestedAt}'`)
  return day
}

function refusedWithoutRight(facts: Pick<CaseFacts, 'id' | 'items'>): CaseEvaluation {
  return {
    id: facts.id,
    decision: 'refuse',
    reasons: ['no_statutory_right'],
    deadline: null,
    respondBy: null,
    refundBy: null,
    returnGoodsBy: null,
    regime: 'none',
    deemedAcceptedOn: null,
    items: facts.items.map((item) => ({
      sku: item.sku,
      eligible: false,
      reason: 'no_statutory_right',
    })),
  }
}

interface Outcome {
  requested: number
  /** The last day of the widest window, or null when possession has not been taken yet. */
  deadline: number | null
  admits: Reason | null
  extension: Reason | null
}

function decide(facts: Omit<CaseFacts, 'deliveries'>, outcome: Outcome): CaseEvaluation {
  // Plain loops and one object shape: this runs for every case, 100,000+ times a second.
  const expired = outcome.admits === null
  const items: ItemEligibility[] = []
  const exceptionCodes: Reason[] = []
  let exceptedCount = 0
  for (const item of facts.items) {
    const exception = withdrawalExceptionOf(item)
    if (exception !== null) {
      exceptedCount++
      if (!exceptionCodes.includes(exception)) exceptionCodes.push(exception)
    }
    const reason = exception ?? (expired ? 'period_expired' : null)
    items.push({ sku: item.sku, eligible: reason === null, reason })
  }
  const everyItemExcepted = items.length > 0 && exceptedCount === items.length
  const accepted = !everyItemExcepted && !expired
  let reasons: Reason[]
  if (accepted) {
    reasons = [outcome.admits as Reason]
    if (outcome.extension !== null) reasons.push(outcome.extension)
    if (exceptedCount > 0) reasons.push('partial_exception')
  } else {
    reasons = exceptionCodes
    if (expired) reasons.push('period_expired')
  }
  return {
    id: facts.id,
    decision: accepted ? 'accept' : 'refuse',
    reasons,
    deadline: outcome.deadline === null ? null : formatDay(outcome.deadline),
    respondBy: null,
    // art. 32 ust. 1: 14 days from the statement; the seller's own deadline is never moved.
    refundBy: accepted ? formatDay(outcome.requested + 14) : null,
    // art. 34 ust. 1: the buyer's 14 days to send the goods back end on a working day.
    returnGoodsBy:
      accepted && outcome.deadline !== null
        ? formatDay(shiftToWorkingDayNumber(outcome.requested + 14))
        : null,
    regime: facts.buyer === 'business' ? 'none' : 'consumer_withdrawal',
    deemedAcceptedOn: null,
    items,
  }
}

const hasProgrammeForBusiness = (facts: Pick<CaseFacts, 'programme'>) =>
  facts.programme?.includesBusiness === true

/** Decides a withdrawal from a distance or off-premises contract (Ustawa o prawach konsumenta art. 27–38): the windows, the art. 38 exceptions item by item, and the refund and return deadlines. */
export function evaluateWithdrawal(facts: CaseFacts): CaseEvaluation {
  const start = lastDeliveryDay(facts.deliveries)
  const requested = requestedDay(facts)
  if (facts.buyer === 'business' && !hasProgrammeForBusiness(facts))
    return refusedWithoutRight(facts)
  const { windows, extension } = withdrawalWindows(facts, start)
  // The narrowest window that admits the request names it; a statement made before possession
  // falls inside every window (art. 27: the consumer may withdraw before taking possession).
  const admitting = windows.find((window) => requested <= window.end)
  return decide(facts, {
    requested,
    deadline: windows.at(-1)?.end ?? null,
    admits: admitting?.admits ?? null,
    extension,
  })
}

/** Decides a withdrawal stated before the goods were delivered, which art. 27 allows: accepted unless every item is excepted (art. 38) or the buyer is a business; the window's end is unknown until possession. */
export function evaluateWithdrawalBeforeDelivery(
  facts: Omit<CaseFacts, 'deliveries'>,
): CaseEvaluation {
  const requested = requestedDay(facts)
  if (facts.buyer === 'business' && !hasProgrammeForBusiness(facts))
    return refusedWithoutRight(facts)
  return decide(facts, {
    requested,
    deadline: null,
    admits: facts.buyer === 'business' ? 'within_programme_period' : 'within_statutory_period',
    extension: null,
  })
}
