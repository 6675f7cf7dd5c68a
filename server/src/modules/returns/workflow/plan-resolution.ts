import type { ActionPlan, CaseAction, CaseState } from './case-state.js'
import { refusedPlan, unchangedPlan } from './plan-base.js'
import { refundRemaining } from './refund-due.js'

type Of<T extends CaseAction['type']> = Extract<CaseAction, { type: T }>

/**
 * Records a refund of an accepted case (by default all that remains due). A marketplace refund is
 * requested from the marketplace; others are recorded as paid or pending. Paying after the 14th
 * day is allowed but flagged (art. 32 ust. 1).
 */
export function planRefund(state: CaseState, action: Of<'refund'>, today: string): ActionPlan {
  if (state.decision !== 'accepted')
    return refusedPlan(state, [
      { code: 'not_accepted', message: 'Only an accepted case is refunded.' },
    ])
  const remaining = refundRemaining(state)
  if (remaining === 0)
    return refusedPlan(state, [{ code: 'nothing_due', message: 'Nothing remains to refund.' }])
  const amount = action.amountMinor ?? remaining
  if (!Number.isInteger(amount) || amount < 1 || amount > remaining)
    return refusedPlan(state, [
      {
        code: 'bad_amount',
        field: 'amountMinor',
        message: `The amount must be between 1 and ${remaining} (what remains due).`,
      },
    ])
  if (action.method === 'marketplace' && !state.source.startsWith('allegro'))
    return refusedPlan(state, [
      {
        code: 'no_marketplace_refund',
        field: 'method',
        message: 'Marketplace refunds are available for Allegro cases only.',
      },
    ])
  const plan = unchangedPlan(state)
  const dueOn = state.evaluation.refundBy
  plan.refund = {
    itemsMinor: amount,
    shippingMinor: 0,
    deductionsMinor: 0,
    totalMinor: amount,
    currency: state.currency,
    method: action.method,
    dueOn,
    paid: action.method !== 'marketplace' && action.paid !== false,
  }
  if (dueOn && today > dueOn)
    plan.warnings.push({ code: 'refund_late', message: `The refund was due by ${dueOn}.` })
  const settled = plan.refund.paid && amount === remaining && state.pendingRefundMinor === 0
  if (settled) plan.next.status = 'resolved'
  plan.mail = plan.refund.paid ? 'refunded' : null
  return plan
}

/** Confirms a refund recorded as pending was paid; the case resolves when nothing remains. */
export function planRefundDone(state: CaseState, amountMinor: number): ActionPlan {
  const plan = unchangedPlan(state)
  const doneAfter = state.refundedMinor + amountMinor
  if (doneAfter >= state.refundDueMinor) plan.next.status = 'resolved'
  plan.mail = 'refunded'
  return plan
}

/** Records the replacement sent or the repair done for an accepted complaint (art. 43d). */
export function planRemedyDone(state: CaseState, action: Of<'replacement' | 'repair'>): ActionPlan {
  if (state.kind !== 'complaint' || state.decision !== 'accepted')
    return refusedPlan(state, [
      { code: 'not_accepted', message: 'Only an accepted complaint is repaired or replaced.' },
    ])
  if (state.resolution !== action.type)
    return refusedPlan(state, [
      {
        code: 'other_remedy',
        message: `The accepted remedy is ${state.resolution ?? 'none'}, not ${action.type}.`,
      },
    ])
  if (state.status === 'resolved')
    return refusedPlan(state, [{ code: 'case_closed', message: 'The case is already resolved.' }])
  const plan = unchangedPlan(state)
  plan.next.status = 'resolved'
  plan.mail = action.type
  return plan
}
