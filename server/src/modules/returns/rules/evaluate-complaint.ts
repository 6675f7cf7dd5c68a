import { complaintRegime } from './complaint-regime.js'
import { addMonths, formatDay, parseDay } from './day-number.js'
import { lastDeliveryDay } from './evaluate-withdrawal.js'
import type { AcceptReason, CaseEvaluation, CaseFacts, LegalRegime } from './types.js'
import { shiftToWorkingDayNumber } from './working-days.js'

const REGIME_REASON: Record<LegalRegime, AcceptReason> = {
  consumer_rights_2023: 'regime_consumer_rights_2023',
  civil_code_warranty: 'regime_civil_code_warranty',
  civil_code_b2b: 'regime_civil_code_b2b',
}

/** Decides a complaint about non-conformity: liability for 2 years from delivery (art. 43c ust. 1; KC art. 568 § 1), an answer due within 14 days, and silence counting as acceptance for consumers (art. 7a; KC art. 561⁵). */
export function evaluateComplaint(facts: CaseFacts): CaseEvaluation {
  const delivered = lastDeliveryDay(facts.deliveries)
  const requested = parseDay(facts.requestedAt)
  if (Number.isNaN(requested)) {
    throw new RangeError(`requestedAt: not a calendar date '${facts.requestedAt}'`)
  }
  const regime = complaintRegime(facts)
  const deadline = shiftToWorkingDayNumber(addMonths(delivered, 24))
  const expired = requested > deadline
  // The seller must answer even an expired complaint, so the answer deadline always shows; it is
  // the plain 14th day because extending a trader's deadline to a working day is disputed.
  const respondBy = requested + 14
  return {
    id: facts.id,
    decision: expired ? 'refuse' : 'accept',
    reasons: [expired ? 'liability_expired' : 'within_liability', REGIME_REASON[regime]],
    deadline: formatDay(deadline),
    respondBy: formatDay(respondBy),
    refundBy: null,
    returnGoodsBy: null,
    regime,
    deemedAcceptedOn: regime === 'civil_code_b2b' ? null : formatDay(respondBy + 1),
    items: facts.items.map((item) => ({
      sku: item.sku,
      eligible: !expired,
      reason: expired ? 'liability_expired' : null,
    })),
  }
}
