import type { ActionPlan, CaseAction, CaseState } from './case-state.js'
import { refusedPlan } from './plan-base.js'
import { planAccept, planRefuse } from './plan-decision.js'
import { planInspect, planReceive, planRequestItem } from './plan-goods.js'
import { planRefund, planRemedyDone } from './plan-resolution.js'

/**
 * What an action would do to a case on `today` (Europe/Warsaw): validated and computed without
 * I/O, so the same plan is the agent's preview and what confirming applies.
 */
export function planCaseAction(state: CaseState, action: CaseAction, today: string): ActionPlan {
  switch (action.type) {
    case 'request_item':
      return planRequestItem(state)
    case 'receive':
      return planReceive(state, action)
    case 'inspect':
      return planInspect(state, action)
    case 'accept':
      return planAccept(state, action)
    case 'refuse':
      return planRefuse(state, action, today)
    case 'refund':
      return planRefund(state, action, today)
    case 'replacement':
    case 'repair':
      return planRemedyDone(state, action)
    case 'mark_refund_done':
      // Needs the refund row: the service plans it with planRefundDone once it has loaded it.
      return refusedPlan(state, [
        { code: 'needs_refund', message: 'Plan refund confirmations with planRefundDone.' },
      ])
  }
}
