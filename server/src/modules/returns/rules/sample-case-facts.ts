import type { CaseEvaluation, CaseFacts, CaseItemFacts } from './types.js'

/** An item without any art. 38 flag. */
export const plainItem: CaseItemFacts = { sku: 'A', flags: [] }

/** A consumer's withdrawal of one plain item delivered on Monday 2026-11-02 and stated on its 14th day, with `overrides` laid over it. */
export function sampleWithdrawal(overrides: Partial<CaseFacts>): CaseFacts {
  return {
    kind: 'withdrawal',
    buyer: 'consumer',
    country: 'PL',
    deliveries: ['2026-11-02'],
    requestedAt: '2026-11-16',
    informedOfWithdrawalRight: true,
    items: [plainItem],
    ...overrides,
  }
}

/** The same facts as sampleWithdrawal, as a complaint. */
export const sampleComplaint = (overrides: Partial<CaseFacts>): CaseFacts =>
  sampleWithdrawal({ kind: 'complaint', ...overrides })

/** One legal scenario: its name, the facts, and the hand-counted parts of the evaluation. */
export type LegalScenario = [name: string, facts: CaseFacts, expected: Partial<CaseEvaluation>]
