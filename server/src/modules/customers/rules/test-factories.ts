import type { CustomerFacts } from './match-facts.js'

let sequence = 0

/** A customer record for matching tests: nothing known unless given. */
export function buildCustomerFacts(overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  sequence += 1
  return {
    id: `c-${sequence}`,
    name: null,
    emails: [],
    phones: [],
    identities: [],
    addresses: [],
    ...overrides,
  }
}
