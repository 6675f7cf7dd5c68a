import type { LegalRegime, Remedy } from './types.js'

/** What is known about a non-conformity when choosing a remedy. */
export interface RemedyFacts {
  regime: LegalRegime
  /** A repair or replacement was made and the goods still do not conform (art. 43e ust. 1 pkt 2–3). */
  repairOrReplacementFailed: boolean
  /** The non-conformity is material; an immaterial one never allows withdrawal (art. 43e ust. 4; KC art. 560 § 4 old wording). */
  material: boolean
  /** The seller refused, or repair and replacement are impossible or disproportionately costly (art. 43d ust. 2–3, art. 43e ust. 1 pkt 1). */
  sellerRefusedOrImpossible: boolean
}

/** The remedies a buyer may demand now: under the 2023 rules repair or replacement first and price reduction or withdrawal only when those fail or the non-conformity is material (art. 43e); under rękojmia all four at once, withdrawal only for a material defect (KC art. 560 § 1 and § 4 before 2023, art. 556 ff. between businesses unless the contract limits them). */
export function allowedRemedies(facts: RemedyFacts): Remedy[] {
  const withdrawal: Remedy[] = facts.material ? ['withdrawal'] : []
  if (facts.regime !== 'consumer_rights_2023') {
    return ['repair', 'replacement', 'price_reduction', ...withdrawal]
  }
  const firstRemediesExhausted = facts.repairOrReplacementFailed || facts.sellerRefusedOrImpossible
  const first: Remedy[] = firstRemediesExhausted ? [] : ['repair', 'replacement']
  const secondAllowed = firstRemediesExhausted || facts.material
  return [...first, ...(secondAllowed ? (['price_reduction', ...withdrawal] as Remedy[]) : [])]
}

/** Whether a remedy is one the buyer may demand now, per allowedRemedies. */
export function isRemedyAllowed(remedy: Remedy, facts: RemedyFacts): boolean {
  return allowedRemedies(facts).includes(remedy)
}
