import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPolishPublicHoliday } from '../../conversations/rules/polish-holidays.js'
import { PRODUCT_FLAGS } from '../../orders/contract.js'
import { evaluateCase } from './evaluate-case.js'
import type { CaseFacts } from './types.js'

// Dates are checked with Date and the conversations module's holiday list, not with the
// engine's own day arithmetic, so a bug there cannot hide itself.
const DAY_MS = 86_400_000
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const msOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const plusDays = (iso: string, days: number) => isoOf(msOf(iso) + days * DAY_MS)
const isWorkingDay = (iso: string) => {
  const weekday = new Date(msOf(iso)).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !isPolishPublicHoliday(iso)
}

const day = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2034, 11, 31) })
  .map((ms) => isoOf(ms))

const item = fc.record({
  sku: fc.constantFrom('A', 'B', 'C'),
  flags: fc.subarray([...PRODUCT_FLAGS], { maxLength: 2 }),
  unsealed: fc.boolean(),
})

const facts: fc.Arbitrary<CaseFacts> = fc
  .record({
    kind: fc.constantFrom('withdrawal' as const, 'complaint' as const),
    buyer: fc.constantFrom('consumer' as const, 'sole_trader' as const, 'business' as const),
    deliveries: fc.array(day, { minLength: 1, maxLength: 3 }),
    requestOffset: fc.integer({ min: -10, max: 900 }),
    informedOfWithdrawalRight: fc.boolean(),
    informedOffset: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    sellerReturnDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    orderedOffset: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    programme: fc.option(
      fc.record({
        name: fc.constant('shop'),
        returnDays: fc.integer({ min: 0, max: 60 }),
        includesBusiness: fc.boolean(),
      }),
      { nil: null },
    ),
    items: fc.array(item, { maxLength: 3 }),
  })
  .map(({ requestOffset, informedOffset, orderedOffset, ...rest }) => {
    const first = [...rest.deliveries].sort()[0]!
    return {
      ...rest,
      country: 'PL',
      requestedAt: plusDays(first, requestOffset),
      informedAt: informedOffset === null ? null : plusDays(first, informedOffset),
      orderedAt: orderedOffset === null ? null : plusDays(first, -orderedOffset),
    }
  })

describe('evaluateCase properties', () => {
  it("never ends a buyer's deadline on a weekend or Polish public holiday, and moves the return of goods only to the next working day", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const result = evaluateCase(f)
        for (const buyerDate of [result.deadline, result.returnGoodsBy]) {
          if (buyerDate === null) continue
          expect(isWorkingDay(buyerDate), buyerDate).toBe(true)
        }
        if (result.returnGoodsBy !== null) {
          // The first working day on or after the 14th day: every day before it is a day off.
          for (let d = plusDays(f.requestedAt, 14); d < result.returnGoodsBy; d = plusDays(d, 1)) {
            expect(isWorkingDay(d), d).toBe(false)
          }
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('never turns a refusal into an acceptance when the same request comes later', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 1, max: 800 }), (f, delay) => {
        const earlier = evaluateCase(f)
        const later = evaluateCase({ ...f, requestedAt: plusDays(f.requestedAt, delay) })
        if (earlier.decision === 'refuse') expect(later.decision).toBe('refuse')
        // The buyer's deadline does not depend on when they ask.
        expect(later.deadline).toBe(earlier.deadline)
      }),
      { numRuns: 2000 },
    )
  })

  it("puts the seller's deadlines on the plain 14th day from the request, never later", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const result = evaluateCase(f)
        const fourteenth = plusDays(f.requestedAt, 14)
        for (const sellerDate of [result.respondBy, result.refundBy]) {
          if (sellerDate !== null) expect(sellerDate <= fourteenth).toBe(true)
        }
        // Who owes what: an answer to every complaint, a refund for every accepted withdrawal.
        expect(result.respondBy).toBe(f.kind === 'complaint' ? fourteenth : null)
        const refunds = f.kind === 'withdrawal' && result.decision === 'accept'
        expect(result.refundBy).toBe(refunds ? fourteenth : null)
      }),
      { numRuns: 2000 },
    )
  })
})
