import type { ActionPlan, CaseAction, CaseState, PlanIssue } from './case-state.js'
import { alreadyDecided, refusedPlan, unchangedPlan } from './plan-base.js'
import { nonConformityRefund, withdrawalRefund } from './refund-due.js'
import { allowedRefusalGrounds, refusalHasEvidence } from './refusal-grounds.js'

type Of<T extends CaseAction['type']> = Extract<CaseAction, { type: T }>

/** The shortest written justification a refusal may carry. */
export const MIN_JUSTIFICATION = 30

/** Whether an unanswered complaint already counts as accepted on `today` (art. 7a; KC art. 561⁵). */
export function isDeemedAccepted(state: CaseState, today: string): boolean {
  const on = state.evaluation.deemedAcceptedOn
  return state.kind === 'complaint' && state.decision === null && on !== null && today >= on
}

/**
 * Accepts the case: a withdrawal makes its refund due by the 14th day (art. 32 ust. 1); a
 * complaint takes a remedy — repair or replacement, or price reduction / withdrawal (art. 43e).
 * Accepting what the engine would refuse is allowed as goodwill and said so.
 */
export function planAccept(state: CaseState, action: Of<'accept'>): ActionPlan {
  if (state.decision) return refusedPlan(state, [alreadyDecided(state)])
  const plan = unchangedPlan(state)
  const goodwill = state.evaluation.decision === 'refuse'
  if (goodwill)
    plan.warnings.push({
      code: 'beyond_statute',
      message: 'The law does not require this: you are accepting as goodwill.',
    })
  plan.next.status = 'accepted'
  plan.next.decision = 'accepted'
  plan.mail = 'accepted'
  if (state.kind === 'withdrawal') {
    const items = goodwill ? state.items.map((item) => ({ ...item, eligible: true })) : state.items
    const refund = withdrawalRefund(state, items)
    plan.next.resolution = 'refund'
    plan.next.refundDueMinor = refund.totalMinor
    plan.refund = { ...refund, dueOn: state.evaluation.refundBy }
    if (!state.proofOfSending && state.items.every((item) => item.receivedQuantity === 0))
      plan.warnings.push({
        code: 'refund_may_wait',
        message:
          'You may withhold the refund until the goods arrive or the buyer proves sending them (art. 32 ust. 3).',
      })
    return plan
  }
  const remedy = action.remedy ?? state.requestedRemedy
  if (!remedy)
    return refusedPlan(state, [
      { code: 'remedy_required', field: 'remedy', message: 'Choose the remedy you accept.' },
    ])
  plan.next.resolution = remedy
  if (state.buyerType !== 'business' && (remedy === 'price_reduction' || remedy === 'withdrawal'))
    plan.warnings.push({
      code: 'remedy_hierarchy',
      message:
        'The law lets you offer repair or replacement first unless they failed or the defect is material (art. 43e).',
    })
  if (remedy === 'withdrawal') {
    const refund = nonConformityRefund(state)
    plan.next.refundDueMinor = refund.totalMinor
    plan.refund = { ...refund, dueOn: null }
  } else if (remedy === 'price_reduction') {
    const max = nonConformityRefund(state).itemsMinor
    const amount = action.priceReductionMinor
    if (amount === undefined || !Number.isInteger(amount) || amount < 1 || amount > max)
      return refusedPlan(state, [
        {
          code: 'bad_price_reduction',
          field: 'priceReductionMinor',
          message: `A price reduction must be between 1 and ${max} (the goods' price).`,
        },
      ])
    plan.next.refundDueMinor = amount
    plan.refund = {
      itemsMinor: amount,
      shippingMinor: 0,
      deductionsMinor: 0,
      totalMinor: amount,
      currency: state.currency,
      dueOn: null,
    }
  }
  return plan
}

/**
 * Refuses the case: only on grounds the engine or the inspection gives, with a written
 * justification and evidence — a consumer complaint past its 14-day answer deadline is already
 * accepted and cannot be refused (art. 7a).
 */
export function planRefuse(state: CaseState, action: Of<'refuse'>, today: string): ActionPlan {
  if (state.decision) return refusedPlan(state, [alreadyDecided(state)])
  if (isDeemedAccepted(state, today))
    return refusedPlan(state, [
      {
        code: 'deemed_accepted',
        message: `The answer deadline ${state.evaluation.respondBy} has passed: the complaint is deemed accepted (art. 7a) and cannot be refused.`,
      },
    ])
  const errors: PlanIssue[] = []
  const allowed = allowedRefusalGrounds(state)
  const grounds = [...new Set(action.grounds)]
  if (grounds.length === 0)
    errors.push({
      code: 'grounds_required',
      field: 'grounds',
      message:
        allowed.length > 0
          ? `Choose the grounds: ${allowed.join(', ')}.`
          : 'There are no grounds to refuse this case: the law gives the buyer this right.',
    })
  for (const ground of grounds)
    if (!allowed.includes(ground))
      errors.push({
        code: 'ground_not_available',
        field: 'grounds',
        message: `“${ground}” is not a ground for this case${allowed.length ? ` (available: ${allowed.join(', ')})` : ''}.`,
      })
  if (action.justification.trim().length < MIN_JUSTIFICATION)
    errors.push({
      code: 'justification_required',
      field: 'justification',
      message: `Write a justification of at least ${MIN_JUSTIFICATION} characters; the buyer receives it.`,
    })
  if (grounds.length > 0 && !refusalHasEvidence(state, grounds))
    errors.push({
      code: 'evidence_required',
      field: 'evidence',
      message: 'Attach evidence (photos of the goods or the inspection) before refusing.',
    })
  if (errors.length > 0) return refusedPlan(state, errors)
  const plan = unchangedPlan(state)
  plan.next.status = 'refused'
  plan.next.decision = 'refused'
  plan.next.refundDueMinor = 0
  plan.next.refusalGrounds = grounds
  plan.next.refusalJustification = action.justification.trim()
  plan.mail = 'refused'
  return plan
}
