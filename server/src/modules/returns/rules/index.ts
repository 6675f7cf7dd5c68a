// The returns module's pure legal rules: no I/O, safe to import from the CLI without a database.
export { allowedRemedies, isRemedyAllowed, type RemedyFacts } from './allowed-remedies.js'
export { complaintRegime } from './complaint-regime.js'
export { evaluateCase } from './evaluate-case.js'
export { evaluateComplaint } from './evaluate-complaint.js'
export { evaluateWithdrawal, evaluateWithdrawalBeforeDelivery } from './evaluate-withdrawal.js'
export { withdrawalExceptionOf } from './item-exceptions.js'
export { type CaseFactsError, type ParsedCaseFacts, parseCaseFacts } from './parse-case-facts.js'
export {
  aToZClaimDeadline,
  DEFAULT_PROGRAMMES,
  type MarketplaceProgrammeName,
  mergeProgramme,
} from './programmes.js'
export * from './types.js'
export { isNonWorkingDay, shiftToWorkingDay } from './working-days.js'
