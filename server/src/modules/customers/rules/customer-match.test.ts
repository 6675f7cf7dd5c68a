import { describe, expect, it } from 'vitest'
import { matchCustomers } from './customer-match.js'
import type { CustomerFacts } from './match-facts.js'
import { MATCH_WEIGHTS, MERGE_THRESHOLD } from './match-weights.js'
import { buildCustomerFacts as buildFacts } from './test-factories.js'

const codes = (a: CustomerFacts, b: CustomerFacts) =>
  matchCustomers(a, b).reasons.map((reason) => reason.code)

describe('matchCustomers: e-mail and identities', () => {
  it('merges on the same personal e-mail, however it is written', () => {
    const verdict = matchCustomers(
      buildFacts({ emails: ['Jan.Kowalski@Onet.pl '] }),
      buildFacts({ emails: ['jan.kowalski@onet.pl'] }),
    )
    expect(verdict.decision).toBe('merge')
    expect(verdict.confidence).toBeGreaterThanOrEqual(MERGE_THRESHOLD)
    expect(verdict.reasons[0]?.code).toBe('same_email')
  })

  it('only suggests when addresses merely reach the same mailbox', () => {
    const verdict = matchCustomers(
      buildFacts({ emails: ['jan+allegro@onet.pl'] }),
      buildFacts({ emails: ['jan@onet.pl'] }),
    )
    expect(verdict.decision).toBe('suggest')
    expect(verdict.reasons.map((r) => r.code)).toEqual(['same_canonical_email'])
    expect(
      matchCustomers(
        buildFacts({ emails: ['j.kowalski@gmail.com'] }),
        buildFacts({ emails: ['jkowalski@googlemail.com'] }),
      ).reasons[0]?.code,
    ).toBe('same_canonical_email')
  })

  it('merges on the same marketplace account, identities of kind email count as e-mails', () => {
    expect(
      matchCustomers(
        buildFacts({ identities: [{ kind: 'allegro', externalId: 'jan123' }] }),
        buildFacts({ identities: [{ kind: 'allegro', externalId: 'jan123' }] }),
      ).decision,
    ).toBe('merge')
    const viaIdentity = matchCustomers(
      buildFacts({ identities: [{ kind: 'email', externalId: 'Ola@wp.pl' }] }),
      buildFacts({ emails: ['ola@wp.pl'] }),
    )
    expect(viaIdentity.reasons.map((r) => r.code)).toEqual(['same_email'])
  })

  it('does not merge on a shared widget visitor id alone', () => {
    const verdict = matchCustomers(
      buildFacts({ identities: [{ kind: 'widget', externalId: 'v-1' }] }),
      buildFacts({ identities: [{ kind: 'widget', externalId: 'v-1' }] }),
    )
    expect(verdict.decision).toBe('suggest')
  })

  it('same account ids on different marketplaces are not a match', () => {
    expect(
      matchCustomers(
        buildFacts({ identities: [{ kind: 'allegro', externalId: 'jan123' }] }),
        buildFacts({ identities: [{ kind: 'amazon', externalId: 'jan123' }] }),
      ).decision,
    ).toBe('none')
  })

  it('different accounts on one marketplace lower an otherwise strong match', () => {
    const email = 'jan@onet.pl'
    const verdict = matchCustomers(
      buildFacts({ emails: [email], identities: [{ kind: 'allegro', externalId: 'jan_private' }] }),
      buildFacts({ emails: [email], identities: [{ kind: 'allegro', externalId: 'jan_firma' }] }),
    )
    expect(verdict.decision).toBe('suggest')
    expect(verdict.reasons.map((r) => r.code)).toContain('different_marketplace_account')
    expect(verdict.confidence).toBeCloseTo(
      MATCH_WEIGHTS.same_email * (1 + MATCH_WEIGHTS.different_marketplace_account),
    )
  })
})

describe('matchCustomers: relay e-mails', () => {
  const allegroAlias = 'hamu7udk3p+17454c1b6@allegromail.pl'

  it('an identical relay alias matches itself', () => {
    const verdict = matchCustomers(
      buildFacts({ emails: [allegroAlias] }),
      buildFacts({ emails: [allegroAlias.toUpperCase()] }),
    )
    expect(verdict.decision).toBe('merge')
    expect(verdict.reasons[0]?.code).toBe('same_relay_email')
  })

  it('never matches across marketplaces, storefronts or +tags', () => {
    const pairs: [string, string][] = [
      ['abc123@marketplace.amazon.de', 'abc123@marketplace.amazon.co.uk'],
      ['abc123@marketplace.amazon.de', 'abc123@allegromail.pl'],
      ['hamu7udk3p+17454c1b6@allegromail.pl', 'hamu7udk3p+99999999@allegromail.pl'],
      ['abc123@marketplace.amazon.de', 'abc123@gmail.com'],
    ]
    for (const [x, y] of pairs) {
      const verdict = matchCustomers(buildFacts({ emails: [x] }), buildFacts({ emails: [y] }))
      expect(verdict.decision, `${x} vs ${y}`).toBe('none')
      expect(verdict.confidence).toBe(0)
      expect(verdict.reasons.map((r) => r.code)).toEqual(['relay_email_only'])
    }
  })

  it('never links buyers through a shared no-reply address', () => {
    const shared = 'no-reply-amazon-iba-buyer@marketplace.amazon.it'
    expect(
      matchCustomers(buildFacts({ emails: [shared] }), buildFacts({ emails: [shared] })).decision,
    ).toBe('none')
    expect(
      matchCustomers(
        buildFacts({ emails: ['noreply@shop.pl'] }),
        buildFacts({ emails: ['noreply@shop.pl'] }),
      ).confidence,
    ).toBe(0)
  })
})

describe('matchCustomers: phones, names and addresses', () => {
  it('a shared phone is strong but only suggests on its own', () => {
    const verdict = matchCustomers(
      buildFacts({ phones: ['601 234 567'] }),
      buildFacts({ phones: ['+48 601-234-567'] }),
    )
    expect(verdict.decision).toBe('suggest')
    expect(verdict.confidence).toBeCloseTo(MATCH_WEIGHTS.same_phone)
  })

  it('reads phones without a prefix in the customer address country', () => {
    const verdict = matchCustomers(
      buildFacts({ phones: ['0151 2345 6789'], addresses: [{ countryCode: 'DE' }] }),
      buildFacts({ phones: ['+49 151 23456789'] }),
    )
    expect(verdict.reasons.map((r) => r.code)).toEqual(['same_phone'])
  })

  it('name similarity alone never merges nor suggests', () => {
    const verdict = matchCustomers(
      buildFacts({ name: 'Łukasz Żółw' }),
      buildFacts({ name: 'Zolw Lukasz' }),
    )
    expect(verdict.reasons.map((r) => r.code)).toEqual(['similar_name'])
    expect(verdict.decision).toBe('none')
  })

  it('name with the same address or post code suggests', () => {
    const address = {
      street: 'ul. Długa 5',
      postCode: '00-950',
      city: 'Warszawa',
      countryCode: 'PL',
    }
    const a = buildFacts({ name: 'Łukasz Żółw', addresses: [address] })
    const sameDoor = matchCustomers(
      a,
      buildFacts({ name: 'Lukasz Zolw', addresses: [{ ...address, street: 'Dluga 5' }] }),
    )
    expect(sameDoor.reasons.map((r) => r.code)).toEqual(['same_name_and_address'])
    expect(sameDoor.decision).toBe('suggest')
    const sameArea = matchCustomers(
      a,
      buildFacts({ name: 'Lukasz Zolw', addresses: [{ ...address, street: 'Krótka 1' }] }),
    )
    expect(sameArea.reasons.map((r) => r.code)).toEqual(['same_name_and_postcode'])
    expect(sameArea.decision).toBe('suggest')
    expect(sameArea.confidence).toBeLessThan(sameDoor.confidence)
  })

  it('relatives at one address are not suggested', () => {
    const address = { street: 'Długa 5', postCode: '00-950', countryCode: 'PL' }
    expect(
      matchCustomers(
        buildFacts({ name: 'Jan Kowalski', addresses: [address] }),
        buildFacts({ name: 'Anna Kowalska', addresses: [address] }),
      ).decision,
    ).toBe('none')
  })

  it('single-word names (logins, first names) are not evidence', () => {
    const address = { street: 'Długa 5', postCode: '00-950', countryCode: 'PL' }
    expect(
      codes(
        buildFacts({ name: 'Jan', addresses: [address] }),
        buildFacts({ name: 'Jan', addresses: [address] }),
      ),
    ).toEqual([])
  })

  it('phone plus name and address together merge', () => {
    const address = { street: 'Długa 5', postCode: '00-950', countryCode: 'PL' }
    const verdict = matchCustomers(
      buildFacts({ name: 'Jan Kowalski', phones: ['601234567'], addresses: [address] }),
      buildFacts({ name: 'Kowalski Jan', phones: ['+48601234567'], addresses: [address] }),
    )
    expect(verdict.decision).toBe('merge')
    expect(verdict.reasons.map((r) => r.code)).toEqual(['same_phone', 'same_name_and_address'])
  })

  it('two strangers share nothing', () => {
    const verdict = matchCustomers(
      buildFacts({ name: 'Jan Kowalski', emails: ['jan@onet.pl'], phones: ['601234567'] }),
      buildFacts({ name: 'Piotr Nowak', emails: ['piotr@wp.pl'], phones: ['602345678'] }),
    )
    expect(verdict).toEqual({ confidence: 0, reasons: [], decision: 'none' })
  })
})
