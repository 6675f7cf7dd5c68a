import { REFUSAL_REASONS, type RefusalReason } from '../rules/types.js'
import type { CaseState } from './case-state.js'

/** Grounds a complaint may be refused on after the seller's inspection (art. 43a: no lack of conformity). */
export const INSPECTION_GROUNDS = ['no_nonconformity', 'damage_caused_by_buyer'] as const

/** Grounds proved by dates alone (the delivery and request dates on record). */
const DATE_GROUNDS = new Set<string>(['period_expired', 'liability_expired', 'no_statutory_right'])

/**
 * The grounds on which this case may be refused: the engine's refusal reasons (withdrawal period,
 * liability period, art. 38 exceptions item by item), and for complaints the inspection findings —
 * no lack of conformity, or damage the buyer caused (art. 43a–43b). A withdrawal has no other
 * grounds: damaged goods only reduce the refund (art. 34 ust. 4).
 */
export function allowedRefusalGrounds(state: CaseState): string[] {
  const grounds = new Set<string>()
  const isRefusal = (reason: string): reason is RefusalReason =>
    (REFUSAL_REASONS as readonly string[]).includes(reason)
  if (state.evaluation.decision === 'refuse')
    for (const reason of state.evaluation.reasons) if (isRefusal(reason)) grounds.add(reason)
  if (state.kind === 'withdrawal') {
    for (const item of state.items)
      if (!item.eligible && item.exception) grounds.add(item.exception)
  } else {
    const inspected = state.items.filter((item) => item.condition !== null)
    if (inspected.length > 0 && inspected.every((item) => item.condition !== 'defective'))
      grounds.add('no_nonconformity')
    if (inspected.some((item) => item.condition === 'damaged'))
      grounds.add('damage_caused_by_buyer')
  }
  return [...grounds]
}

/** Whether a refusal on these grounds has the evidence it needs: files, or for date grounds the recorded delivery. */
export function refusalHasEvidence(state: CaseState, grounds: readonly string[]): boolean {
  if (state.evidenceFiles > 0) return true
  return grounds.every((ground) => DATE_GROUNDS.has(ground)) && state.deliveredOn !== null
}
