import { describe, expect, it } from 'vitest'
import { evaluateCase } from './evaluate-case.js'
import { type LegalScenario, sampleComplaint } from './sample-case-facts.js'

// Every expected date below was counted by hand from a calendar (KC art. 111 § 2: the day of
// the event is not counted; art. 115: a last day on a Saturday or holiday moves to the next
// working day), not produced by the engine.

const scenarios: LegalScenario[] = [
  [
    'complaint within 2 years (2023 rules)',
    sampleComplaint({ requestedAt: '2027-05-10' }),
    {
      decision: 'accept',
      reasons: ['within_liability', 'regime_consumer_rights_2023'],
      deadline: '2028-11-02',
      respondBy: '2027-05-24',
      refundBy: null,
      deemedAcceptedOn: '2027-05-25',
      regime: 'consumer_rights_2023',
    },
  ],
  [
    '2 years ending on Saturday move to Monday',
    sampleComplaint({ deliveries: ['2026-11-04'], requestedAt: '2028-11-06' }),
    { decision: 'accept', deadline: '2028-11-06' },
  ],
  [
    'after 2 years: refused, yet the answer is still due in 14 days',
    sampleComplaint({ deliveries: ['2026-11-04'], requestedAt: '2028-11-07' }),
    {
      decision: 'refuse',
      reasons: ['liability_expired', 'regime_consumer_rights_2023'],
      deadline: '2028-11-06',
      respondBy: '2028-11-21',
      deemedAcceptedOn: '2028-11-22',
    },
  ],
  [
    'delivered 29 Feb 2024: 2 years end 28 Feb 2026, a Saturday, so Monday',
    sampleComplaint({ deliveries: ['2024-02-29'], requestedAt: '2026-03-02' }),
    { decision: 'accept', deadline: '2026-03-02' },
  ],
  [
    'ordered before 2023: Civil Code rękojmia',
    sampleComplaint({
      orderedAt: '2022-12-30',
      deliveries: ['2023-01-03'],
      requestedAt: '2023-02-01',
    }),
    {
      decision: 'accept',
      reasons: ['within_liability', 'regime_civil_code_warranty'],
      regime: 'civil_code_warranty',
      deadline: '2025-01-03',
      respondBy: '2023-02-15',
      deemedAcceptedOn: '2023-02-16',
    },
  ],
  [
    'no order date, delivered before 2023: rękojmia; Epiphany 2025 moves the end',
    sampleComplaint({ deliveries: ['2022-12-28', '2023-01-05'], requestedAt: '2023-02-01' }),
    { regime: 'civil_code_warranty', deadline: '2025-01-07' },
  ],
  [
    'ordered on 1 Jan 2023: the 2023 rules',
    sampleComplaint({
      orderedAt: '2023-01-01',
      deliveries: ['2023-01-03'],
      requestedAt: '2023-02-01',
    }),
    { regime: 'consumer_rights_2023' },
  ],
  [
    'a business complaint: Civil Code B2B, no deemed acceptance',
    sampleComplaint({ buyer: 'business', requestedAt: '2027-05-10' }),
    {
      decision: 'accept',
      reasons: ['within_liability', 'regime_civil_code_b2b'],
      regime: 'civil_code_b2b',
      respondBy: '2027-05-24',
      deemedAcceptedOn: null,
    },
  ],
  [
    'a sole trader complains as a consumer',
    sampleComplaint({ buyer: 'sole_trader', requestedAt: '2027-05-10' }),
    { regime: 'consumer_rights_2023', deemedAcceptedOn: '2027-05-25' },
  ],
  [
    'the answer deadline is the plain 14th day even on a Sunday',
    sampleComplaint({ deliveries: ['2026-11-02'], requestedAt: '2026-11-08' }),
    { respondBy: '2026-11-22', deemedAcceptedOn: '2026-11-23' },
  ],
]

describe('evaluateCase: complaints with exact dates', () => {
  it.each(scenarios)('%s', (_name, facts, expected) => {
    expect(evaluateCase(facts)).toMatchObject(expected)
  })
})
