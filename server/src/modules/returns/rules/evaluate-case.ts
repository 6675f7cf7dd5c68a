import { evaluateComplaint } from './evaluate-complaint.js'
import { evaluateWithdrawal } from './evaluate-withdrawal.js'
import type { CaseEvaluation, CaseFacts } from './types.js'

/** Decides one withdrawal or complaint from its facts (pure; dates are Europe/Warsaw calendar dates); throws a RangeError naming the field for a malformed date or missing delivery. */
export function evaluateCase(facts: CaseFacts): CaseEvaluation {
  return facts.kind === 'complaint' ? evaluateComplaint(facts) : evaluateWithdrawal(facts)
}
