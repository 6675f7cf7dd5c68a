import { describe, expect, it } from 'vitest'
import { DEFAULT_RFM_THRESHOLDS } from './rfm.js'
import { SEGMENT_DEFINITIONS } from './segment-definitions.js'
import {
  type CustomerMetrics,
  DORMANT_AFTER_DAYS,
  NEW_CUSTOMER_DAYS,
  SEGMENTS,
  segmentsOf,
} from './segments.js'

const NOW = new Date('2025-06-30T12:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000)

function buildMetrics(overrides: Partial<CustomerMetrics> = {}): CustomerMetrics {
  return {
    ordersCount: 0,
    lifetimeValueMinor: 0,
    firstOrderAt: null,
    lastOrderAt: null,
    openComplaints: 0,
    complaints90d: 0,
    negativeReviews: 0,
    lastNegativeSentimentAt: null,
    ...overrides,
  }
}

const segments = (overrides: Partial<CustomerMetrics>) =>
  segmentsOf(buildMetrics(overrides), DEFAULT_RFM_THRESHOLDS, NOW)

describe('segmentsOf', () => {
  it('a customer with nothing is in no segment', () => {
    expect(segments({})).toEqual([])
  })

  it('new: exactly one order placed within 30 days', () => {
    const once = (days: number) => ({
      ordersCount: 1,
      lifetimeValueMinor: 5_000,
      firstOrderAt: daysAgo(days),
      lastOrderAt: daysAgo(days),
    })
    expect(segments(once(NEW_CUSTOMER_DAYS))).toEqual(['new'])
    expect(segments(once(NEW_CUSTOMER_DAYS + 1))).toEqual([])
  })

  it('returning from the second order', () => {
    expect(
      segments({
        ordersCount: 2,
        lifetimeValueMinor: 9_000,
        firstOrderAt: daysAgo(20),
        lastOrderAt: daysAgo(5),
      }),
    ).toEqual(['returning'])
  })

  it('loyal: frequent and recent', () => {
    expect(
      segments({
        ordersCount: 4,
        lifetimeValueMinor: 30_000,
        firstOrderAt: daysAgo(300),
        lastOrderAt: daysAgo(100),
      }),
    ).toEqual(['returning', 'loyal'])
  })

  it('vip: top value, regular and recent', () => {
    const vip = {
      ordersCount: 3,
      lifetimeValueMinor: 150_000,
      firstOrderAt: daysAgo(400),
      lastOrderAt: daysAgo(20),
    }
    expect(segments(vip)).toEqual(['returning', 'vip'])
    expect(segments({ ...vip, lifetimeValueMinor: 100_000 })).toEqual(['returning'])
    expect(segments({ ...vip, ordersCount: 2 })).toEqual(['returning'])
  })

  it('at_risk and dormant: a good customer drifting away', () => {
    const drifting = {
      ordersCount: 6,
      lifetimeValueMinor: 200_000,
      firstOrderAt: daysAgo(900),
      lastOrderAt: daysAgo(200),
    }
    expect(segments(drifting)).toEqual(['returning', 'at_risk', 'dormant'])
    // A one-off buyer gone quiet is dormant, not "at risk": there was little to lose.
    expect(
      segments({
        ordersCount: 1,
        lifetimeValueMinor: 5_000,
        firstOrderAt: daysAgo(400),
        lastOrderAt: daysAgo(400),
      }),
    ).toEqual(['dormant'])
    expect(segments({ ...drifting, lastOrderAt: daysAgo(DORMANT_AFTER_DAYS) })).toEqual([
      'returning',
      'loyal',
      'vip',
    ])
  })

  it('dissatisfied: complaints, negative reviews or recent negative sentiment', () => {
    expect(segments({ openComplaints: 1 })).toEqual(['dissatisfied'])
    expect(segments({ complaints90d: 1 })).toEqual(['dissatisfied'])
    expect(segments({ negativeReviews: 2 })).toEqual(['dissatisfied'])
    expect(segments({ lastNegativeSentimentAt: daysAgo(30) })).toEqual(['dissatisfied'])
    expect(segments({ lastNegativeSentimentAt: daysAgo(31) })).toEqual([])
  })

  it('uses the workspace thresholds it is given', () => {
    const strict = { recency: [7, 14, 21, 28], frequency: [5, 10, 15, 20], monetary: [1, 2, 3, 4] }
    const metrics = buildMetrics({
      ordersCount: 4,
      lifetimeValueMinor: 30_000,
      firstOrderAt: daysAgo(300),
      lastOrderAt: daysAgo(100),
    })
    expect(segmentsOf(metrics, strict, NOW)).toEqual(['returning'])
  })
})

describe('SEGMENT_DEFINITIONS', () => {
  it('describes every segment once, in order, in both languages with the real numbers', () => {
    expect(SEGMENT_DEFINITIONS.map((d) => d.id)).toEqual([...SEGMENTS])
    for (const d of SEGMENT_DEFINITIONS) {
      for (const text of [d.labelPl, d.labelEn, d.descriptionPl, d.descriptionEn])
        expect(text.trim()).not.toBe('')
      for (const value of Object.values(d.parameters)) {
        expect(d.descriptionPl).toContain(String(value))
        expect(d.descriptionEn).toContain(String(value))
      }
    }
    expect(SEGMENT_DEFINITIONS.find((d) => d.id === 'dormant')?.parameters).toEqual({
      lastOrderOlderThanDays: DORMANT_AFTER_DAYS,
    })
  })

  it('survives a JSON round trip for the UI and SQL recompute', () => {
    expect(JSON.parse(JSON.stringify(SEGMENT_DEFINITIONS))).toEqual(SEGMENT_DEFINITIONS)
  })
})
