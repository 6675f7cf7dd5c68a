import { describe, expect, it } from 'vitest'
import { allegroCaseInput } from './allegro-case-input.js'
import type { AllegroCaseFacts } from './allegro-returns-facts.js'

const lines = [
  { orderItemId: 'item-1', offerId: 'offer-1', quantity: 2 },
  { orderItemId: 'item-2', offerId: 'offer-2', quantity: 1 },
]

const facts = (over: Partial<AllegroCaseFacts>): AllegroCaseFacts => ({
  externalId: 'r-1',
  orderExternalId: 'form-1',
  kind: 'withdrawal',
  requestedAt: '2026-11-10T10:00:00.000Z',
  buyerLogin: 'kupujacy',
  reason: 'Nie pasuje',
  reasonCodes: ['TOO_SMALL'],
  items: [{ offerId: 'offer-2', name: 'Filtr', quantity: 1 }],
  parcels: [],
  status: 'CREATED',
  ...over,
})

describe('an Allegro return or issue as a case', () => {
  it('maps a customer return to a withdrawal of the returned lines', () => {
    expect(allegroCaseInput(facts({}), 'order-1', lines)).toMatchObject({
      kind: 'withdrawal',
      source: 'allegro_return',
      externalId: 'r-1',
      reasonCode: 'wrong_size',
      requestedRemedy: null,
      items: [{ orderItemId: 'item-2', quantity: 1 }],
      marketplaceStatus: 'CREATED',
    })
  })

  it('maps a claim to a complaint with the buyer’s expectation as the remedy, and an offer-less issue to every line', () => {
    const claim = facts({
      kind: 'complaint',
      items: [],
      reasonCodes: ['DEFECT_FOUND_DURING_USE'],
      issue: {
        type: 'CLAIM',
        referenceNumber: 'R-1',
        right: 'COMPLAINT',
        decisionDueAt: null,
        expectations: ['EXCHANGE'],
        requestedRefund: null,
        chatActive: true,
      },
    })
    expect(allegroCaseInput(claim, 'order-1', lines)).toMatchObject({
      kind: 'complaint',
      source: 'allegro_issue',
      requestedRemedy: 'replacement',
      reasonCode: 'stopped_working',
      items: [
        { orderItemId: 'item-1', quantity: 2 },
        { orderItemId: 'item-2', quantity: 1 },
      ],
    })
  })
})
