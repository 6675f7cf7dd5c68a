import { dayFromCivil, parseDay } from './day-number.js'
import type { CaseFacts, LegalRegime } from './types.js'

// The 2022 amendment (Dz.U. 2022 poz. 2337) moved consumer non-conformity from the Civil Code's
// rękojmia into art. 43a–43g of the Consumer Rights Act for contracts concluded from 2023-01-01.
const CONSUMER_RIGHTS_FROM = dayFromCivil(2023, 1, 1)

/** Which law governs a complaint: KC art. 556 ff. between businesses, otherwise the regime in force when the contract was concluded (the order date, or failing it the earliest delivery, which a contract cannot postdate). */
export function complaintRegime(
  facts: Pick<CaseFacts, 'buyer' | 'orderedAt' | 'deliveries'>,
): LegalRegime {
  if (facts.buyer === 'business') return 'civil_code_b2b'
  let concluded = facts.orderedAt ? parseDay(facts.orderedAt) : Number.NaN
  if (Number.isNaN(concluded)) {
    for (const delivery of facts.deliveries) {
      const day = parseDay(delivery)
      if (!(day >= concluded)) concluded = day
    }
  }
  // Without any date the contract is assumed recent: the 2023 rules protect the consumer more.
  return concluded < CONSUMER_RIGHTS_FROM ? 'civil_code_warranty' : 'consumer_rights_2023'
}
