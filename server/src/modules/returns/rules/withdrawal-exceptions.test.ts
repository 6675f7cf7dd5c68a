import { describe, expect, it } from 'vitest'
import { evaluateCase } from './evaluate-case.js'
import { type LegalScenario, plainItem, sampleWithdrawal } from './sample-case-facts.js'

// Every expected date below was counted by hand from a calendar (KC art. 111 § 2: the day of
// the event is not counted; art. 115: a last day on a Saturday or holiday moves to the next
// working day), not produced by the engine.

const scenarios: LegalScenario[] = [
  [
    'a consumer-only programme does not admit a business',
    sampleWithdrawal({ buyer: 'business', programme: { name: 'amazon', returnDays: 30 } }),
    { decision: 'refuse', reasons: ['no_statutory_right'] },
  ],
  [
    'a sole trader buying outside their profession is protected (art. 7aa)',
    sampleWithdrawal({ buyer: 'sole_trader' }),
    { decision: 'accept', deadline: '2026-11-16', regime: 'consumer_withdrawal' },
  ],
  [
    'personalised goods (art. 38 pkt 3)',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['personalized'] }] }),
    { decision: 'refuse', reasons: ['exception_personalized'], deadline: '2026-11-16' },
  ],
  [
    'made to order (art. 38 pkt 3)',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['made_to_order'] }] }),
    { decision: 'refuse', reasons: ['exception_personalized'] },
  ],
  [
    'perishable goods (art. 38 pkt 4)',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['perishable'] }] }),
    { decision: 'refuse', reasons: ['exception_perishable'] },
  ],
  [
    'unsealed hygiene goods (art. 38 pkt 5)',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['sealed_hygiene'], unsealed: true }] }),
    { decision: 'refuse', reasons: ['exception_sealed_hygiene'] },
  ],
  [
    'unsealed media (art. 38 pkt 9)',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['sealed_media'], unsealed: true }] }),
    { decision: 'refuse', reasons: ['exception_sealed_media'] },
  ],
  [
    'newspapers (art. 38 pkt 10)',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['newspaper'] }] }),
    { decision: 'refuse', reasons: ['exception_newspaper'] },
  ],
  [
    'goods mixed after delivery (art. 38 pkt 6)',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['mixed_after_delivery'] }] }),
    { decision: 'refuse', reasons: ['exception_mixed'] },
  ],
  [
    'sealed hygiene goods still sealed may be returned',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['sealed_hygiene'], unsealed: false }] }),
    { decision: 'accept', reasons: ['within_statutory_period'] },
  ],
  [
    'sealed media still sealed may be returned',
    sampleWithdrawal({ items: [{ sku: 'A', flags: ['sealed_media'] }] }),
    { decision: 'accept' },
  ],
  [
    'partial exception: the other items are accepted',
    sampleWithdrawal({ items: [{ sku: 'P', flags: ['personalized'] }, plainItem] }),
    {
      decision: 'accept',
      reasons: ['within_statutory_period', 'partial_exception'],
      items: [
        { sku: 'P', eligible: false, reason: 'exception_personalized' },
        { sku: 'A', eligible: true, reason: null },
      ],
    },
  ],
  [
    'every item excepted: codes deduplicated in item order',
    sampleWithdrawal({
      items: [
        { sku: 'P', flags: ['personalized'] },
        { sku: 'F', flags: ['perishable'] },
        { sku: 'Q', flags: ['made_to_order'] },
      ],
    }),
    { decision: 'refuse', reasons: ['exception_personalized', 'exception_perishable'] },
  ],
  [
    'exceptions and expiry together: exceptions first',
    sampleWithdrawal({ items: [{ sku: 'F', flags: ['perishable'] }], requestedAt: '2026-12-01' }),
    { decision: 'refuse', reasons: ['exception_perishable', 'period_expired'] },
  ],
  [
    'a statement before delivery is allowed (art. 27)',
    sampleWithdrawal({ deliveries: ['2026-11-10'], requestedAt: '2026-11-05' }),
    {
      decision: 'accept',
      reasons: ['within_statutory_period'],
      deadline: '2026-11-24',
      refundBy: '2026-11-19',
    },
  ],
  [
    'refund due on 24 Dec is not moved; the return of goods is',
    sampleWithdrawal({ deliveries: ['2026-12-01'], requestedAt: '2026-12-10' }),
    { decision: 'accept', refundBy: '2026-12-24', returnGoodsBy: '2026-12-28' },
  ],
]

describe('evaluateCase: art. 38 exceptions item by item', () => {
  it.each(scenarios)('%s', (_name, facts, expected) => {
    expect(evaluateCase(facts)).toMatchObject(expected)
  })
})
