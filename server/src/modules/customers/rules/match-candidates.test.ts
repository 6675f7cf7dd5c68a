import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchCandidates, matchCustomers } from './customer-match.js'
import { MERGE_THRESHOLD, SUGGEST_THRESHOLD } from './match-weights.js'
import { buildCustomerFacts as buildFacts } from './test-factories.js'

describe('matchCustomers: properties', () => {
  const facts = fc.record({
    id: fc.uuid(),
    name: fc.option(
      fc.constantFrom('Jan Kowalski', 'Kowalski Jan', 'Anna Nowak', 'Łukasz Żółw', 'Jan'),
    ),
    emails: fc.array(
      fc.constantFrom(
        'jan@onet.pl',
        'jan+x@onet.pl',
        'a1@marketplace.amazon.de',
        'a1@allegromail.pl',
      ),
      { maxLength: 2 },
    ),
    phones: fc.array(fc.constantFrom('601234567', '+48601234567', '602000000'), { maxLength: 2 }),
    identities: fc.array(
      fc.record({
        kind: fc.constantFrom('allegro', 'amazon', 'widget', 'email'),
        externalId: fc.constantFrom('x', 'y', 'jan@onet.pl'),
      }),
      { maxLength: 2 },
    ),
    addresses: fc.array(
      fc.record({
        street: fc.constantFrom('Długa 5', 'Krótka 1'),
        postCode: fc.constantFrom('00-950', '31-001'),
        countryCode: fc.constant('PL'),
      }),
      { maxLength: 2 },
    ),
  })

  it('is symmetric, bounded, and its decision follows the thresholds', () => {
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const ab = matchCustomers(a, b)
        const ba = matchCustomers(b, a)
        expect(ab.confidence).toBeCloseTo(ba.confidence, 10)
        expect(ab.decision).toBe(ba.decision)
        expect(ab.confidence).toBeGreaterThanOrEqual(0)
        expect(ab.confidence).toBeLessThanOrEqual(1)
        const expected =
          ab.confidence >= MERGE_THRESHOLD
            ? 'merge'
            : ab.confidence >= SUGGEST_THRESHOLD
              ? 'suggest'
              : 'none'
        expect(ab.decision).toBe(expected)
      }),
    )
  })

  it('never merges on name and address evidence alone', () => {
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const onlyNames = matchCustomers(
          { ...a, emails: [], phones: [], identities: [] },
          { ...b, emails: [], phones: [], identities: [] },
        )
        expect(onlyNames.decision).not.toBe('merge')
      }),
    )
  })
})

describe('matchCandidates', () => {
  it('ranks duplicates by confidence and leaves out the target and non-matches', () => {
    const target = buildFacts({
      id: 't',
      name: 'Jan Kowalski',
      emails: ['jan@onet.pl'],
      phones: ['601234567'],
    })
    const byEmail = buildFacts({ id: 'b', emails: ['JAN@onet.pl'] })
    const byPhone = buildFacts({ id: 'a', phones: ['+48 601 234 567'] })
    const stranger = buildFacts({ id: 's', name: 'Piotr Nowak' })
    const ranked = matchCandidates(target, [stranger, byPhone, target, byEmail])
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a'])
    expect(ranked[0]?.verdict.decision).toBe('merge')
    expect(ranked[1]?.verdict.decision).toBe('suggest')
  })

  it('orders equal confidences by id', () => {
    const target = buildFacts({ id: 't', phones: ['601234567'] })
    const ranked = matchCandidates(target, [
      buildFacts({ id: 'z', phones: ['601234567'] }),
      buildFacts({ id: 'm', phones: ['601234567'] }),
    ])
    expect(ranked.map((r) => r.id)).toEqual(['m', 'z'])
  })
})
