import type { ActionPlan, CaseState, PlanIssue } from './case-state.js'

/** The plan of an action that changes nothing yet: the case as it is, with its deadlines. */
export function unchangedPlan(state: CaseState): ActionPlan {
  const evaluation = state.evaluation
  return {
    ok: true,
    errors: [],
    warnings: [],
    next: {
      status: state.status,
      decision: state.decision,
      resolution: state.resolution,
      refundDueMinor: state.refundDueMinor,
    },
    itemUpdates: [],
    refund: null,
    mail: null,
    deadlines: {
      deadline: evaluation.deadline,
      respondBy: evaluation.respondBy,
      refundBy: evaluation.refundBy,
      returnGoodsBy: evaluation.returnGoodsBy,
      deemedAcceptedOn: evaluation.deemedAcceptedOn,
    },
  }
}

/** A plan refused with these errors. */
export function refusedPlan(state: CaseState, errors: PlanIssue[]): ActionPlan {
  return { ...unchangedPlan(state), ok: false, errors }
}

/** Whether the case is closed to further decisions. */
export function isDecided(state: CaseState): boolean {
  return state.decision !== null
}

/** The error every decision action gives once the case is decided. */
export function alreadyDecided(state: CaseState): PlanIssue {
  return {
    code: 'already_decided',
    message: `The case was already ${state.decision}; a decision cannot be changed.`,
  }
}
