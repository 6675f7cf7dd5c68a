import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RFM_THRESHOLDS,
  daysSince,
  MIN_CUSTOMERS_FOR_RFM,
  percentileCont,
  rfmScores,
  rfmThresholdsFrom,
} from './rfm.js'

const NOW = new Date('2025-06-30T12:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000)

describe('rfmScores', () => {
  it('scores a recent, frequent, valuable buyer high on every axis', () => {
    expect(
      rfmScores(
        { ordersCount: 4, lifetimeValueMinor: 60_000, lastOrderAt: daysAgo(10) },
        DEFAULT_RFM_THRESHOLDS,
        NOW,
      ),
    ).toEqual({ r: 5, f: 4, m: 4 })
  })

  it('gives 1/1/1 to a customer without orders', () => {
    expect(
      rfmScores(
        { ordersCount: 0, lifetimeValueMinor: 0, lastOrderAt: null },
        DEFAULT_RFM_THRESHOLDS,
        NOW,
      ),
    ).toEqual({
      r: 1,
      f: 1,
      m: 1,
    })
  })

  it.each([
    [0, 5],
    [30, 5],
    [31, 4],
    [90, 4],
    [91, 3],
    [180, 3],
    [365, 2],
    [366, 1],
  ])('recency: last order %i days ago → R%i (cut points inclusive)', (days, r) => {
    expect(
      rfmScores(
        { ordersCount: 1, lifetimeValueMinor: 1, lastOrderAt: daysAgo(days) },
        DEFAULT_RFM_THRESHOLDS,
        NOW,
      ).r,
    ).toBe(r)
  })

  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [5, 4],
    [6, 5],
  ])('frequency: %i orders → F%i', (orders, f) => {
    expect(
      rfmScores(
        { ordersCount: orders, lifetimeValueMinor: 1, lastOrderAt: NOW },
        DEFAULT_RFM_THRESHOLDS,
        NOW,
      ).f,
    ).toBe(f)
  })

  it('scores monotonically: more recent, more orders, more money never score lower', () => {
    const thresholds = {
      recency: [5, 20, 60, 200],
      frequency: [1, 1, 2, 4],
      monetary: [5_000, 9_000, 20_000, 70_000],
    }
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.nat(1000),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(50),
        fc.nat(500_000),
        fc.nat(500_000),
        (d1, d2, o1, extra, v1, v2) => {
          const a = rfmScores(
            {
              ordersCount: o1,
              lifetimeValueMinor: Math.min(v1, v2),
              lastOrderAt: daysAgo(Math.max(d1, d2)),
            },
            thresholds,
            NOW,
          )
          const b = rfmScores(
            {
              ordersCount: o1 + extra,
              lifetimeValueMinor: Math.max(v1, v2),
              lastOrderAt: daysAgo(Math.min(d1, d2)),
            },
            thresholds,
            NOW,
          )
          expect(b.r).toBeGreaterThanOrEqual(a.r)
          expect(b.f).toBeGreaterThanOrEqual(a.f)
          expect(b.m).toBeGreaterThanOrEqual(a.m)
        },
      ),
    )
  })

  it('counts whole days and never negative ones', () => {
    expect(daysSince(new Date('2025-06-29T12:00:01Z'), NOW)).toBe(0)
    expect(daysSince(new Date('2025-06-29T12:00:00Z'), NOW)).toBe(1)
    expect(daysSince(new Date('2025-07-05T00:00:00Z'), NOW)).toBe(0)
  })
})

describe('percentileCont', () => {
  it('matches PostgreSQL percentile_cont bit for bit', () => {
    // Expected values printed by PostgreSQL 18 (PGlite):
    //   select percentile_cont(array[0.2,0.4,0.6,0.8]) within group (order by x)
    //     from unnest(array[1,2,3,4,10]) x;                    → {1.8,2.6,3.4,5.200000000000001}
    //   … from unnest(array[0,0,1,1,1,2,3,7,7,19,250]) x;      → {1,1,3,7}
    const quintiles = (sorted: number[]) =>
      [0.2, 0.4, 0.6, 0.8].map((q) => percentileCont(sorted, q))
    expect(quintiles([1, 2, 3, 4, 10])).toEqual([1.8, 2.6, 3.4, 5.200000000000001])
    expect(quintiles([0, 0, 1, 1, 1, 2, 3, 7, 7, 19, 250])).toEqual([1, 1, 3, 7])
    expect(percentileCont([7], 0.5)).toBe(7)
    expect(percentileCont([1, 2, 3, 4, 10], 0)).toBe(1)
    expect(percentileCont([1, 2, 3, 4, 10], 1)).toBe(10)
    expect(() => percentileCont([], 0.5)).toThrow(RangeError)
  })
})

describe('rfmThresholdsFrom', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i)

  it('computes quintile cut points from sorted samples', () => {
    const n = 101
    const thresholds = rfmThresholdsFrom(
      range(n),
      range(n).map((i) => 1 + Math.floor(i / 20)),
      range(n).map((i) => i * 1_000),
    )
    expect(thresholds.recency).toEqual([20, 40, 60, 80])
    expect(thresholds.frequency).toEqual([2, 3, 4, 5])
    expect(thresholds.monetary).toEqual([20_000, 40_000, 60_000, 80_000])
  })

  it('falls back to the defaults for small workspaces', () => {
    const few = range(MIN_CUSTOMERS_FOR_RFM - 1)
    expect(rfmThresholdsFrom(few, few, few)).toBe(DEFAULT_RFM_THRESHOLDS)
    const enough = range(MIN_CUSTOMERS_FOR_RFM)
    expect(rfmThresholdsFrom(enough, enough, enough)).not.toBe(DEFAULT_RFM_THRESHOLDS)
  })

  it('refuses unsorted samples, naming the array', () => {
    const sorted = range(60)
    const unsorted = [...sorted].reverse()
    expect(() => rfmThresholdsFrom(sorted, unsorted, sorted)).toThrow(/orderCountsSorted/)
  })

  it('puts roughly a fifth of distinct values in each score band', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 100, maxLength: 400 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b)
          const { monetary } = rfmThresholdsFrom(sorted, sorted, sorted)
          const counts = [0, 0, 0, 0, 0]
          for (const v of sorted) {
            const { m } = rfmScores(
              { ordersCount: 1, lifetimeValueMinor: v, lastOrderAt: NOW },
              { ...DEFAULT_RFM_THRESHOLDS, monetary },
              NOW,
            )
            counts[m - 1] = (counts[m - 1] ?? 0) + 1
          }
          for (const c of counts) expect(Math.abs(c - sorted.length / 5)).toBeLessThanOrEqual(2)
        },
      ),
    )
  })
})
