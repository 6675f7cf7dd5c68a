import { describe, expect, it } from 'vitest'
import { customerReturnFacts, issueFacts } from './allegro-returns-facts.js'
import type { AllegroCustomerReturn, AllegroIssue } from './allegro-returns-types.js'

const RETURN: AllegroCustomerReturn = {
  id: 'a3405c27-b01c-4357-9bea-e13925708b46',
  createdAt: '2026-01-11T09:36:57.00+01:00',
  referenceNumber: '1234/Z04A',
  orderId: 'b1405c27-b01c-4357-9bea-e13925708b47',
  buyer: { email: 'abc+1f2e@allegromail.pl', login: 'ewa.lewandowska' },
  items: [
    {
      offerId: '7678887152',
      quantity: 1,
      name: 'Suszarka do włosów',
      reason: { type: 'DONT_LIKE_IT', userComment: ' Za głośna. ' },
    },
    { offerId: '7678887153', quantity: 2, name: 'Szczotka', reason: { type: 'MISTAKE' } },
  ],
  parcels: [
    { waybill: 'AD00R28X72', carrierId: 'ALLEGRO', transportingWaybill: '2171143568953' },
    { carrierId: 'ALLEGRO' },
  ],
  status: 'DELIVERED',
}

const CLAIM: AllegroIssue = {
  id: '73cc3981-bc7e-45b2-911a-a0156871f18f',
  type: 'CLAIM',
  referenceNumber: '1/2025',
  decisionDueDate: '2025-06-25T12:12:12.019Z',
  openedDate: '2025-06-12T08:00:00.000Z',
  subject: null,
  buyer: { id: '93975873', login: 'marek.nowak84' },
  checkoutForm: { id: 'fb6f7b9a-b882-4edf-b994-9dffa6c38530', createdAt: '2025-05-10T15:10:10Z' },
  currentState: {
    status: 'CLAIM_SUBMITTED',
    statusDueDate: '2025-06-24T12:12:12.019Z',
    returnRequired: null,
    chatActive: true,
  },
  chat: {
    messagesCount: 2,
    initialMessage: {
      id: '63707fb6-1a81-47a5-8d65-b9c6cbdb9ee0',
      text: 'Dzbanek pękł po tygodniu.',
      author: { login: 'marek.nowak84', role: 'BUYER' },
      createdAt: '2025-06-10T12:12:12.019+02:00',
    },
  },
  expectations: [{ name: 'PARTIAL_REFUND', refund: { amount: '50.5', currency: 'PLN' } }],
  description: null,
  offer: { id: '7778622952', quantity: 1 },
  reason: { type: 'DEFECT_FOUND_DURING_USE', description: 'Free text' },
  right: 'COMPLAINT',
}

describe('customerReturnFacts', () => {
  it('makes a withdrawal of the returned items with the buyer’s words and waybills', () => {
    expect(customerReturnFacts(RETURN)).toEqual({
      externalId: RETURN.id,
      orderExternalId: RETURN.orderId,
      kind: 'withdrawal',
      requestedAt: '2026-01-11T08:36:57.000Z',
      buyerLogin: 'ewa.lewandowska',
      buyerEmail: 'abc+1f2e@allegromail.pl',
      reason: 'Za głośna.',
      reasonCodes: ['DONT_LIKE_IT', 'MISTAKE'],
      items: [
        { offerId: '7678887152', name: 'Suszarka do włosów', quantity: 1 },
        { offerId: '7678887153', name: 'Szczotka', quantity: 2 },
      ],
      parcels: [{ carrierId: 'ALLEGRO', waybill: 'AD00R28X72' }],
      status: 'DELIVERED',
    })
  })

  it('falls back to the reason codes and leaves out an absent e-mail', () => {
    const bare = { ...RETURN, buyer: { login: 'anon' }, items: [{ ...RETURN.items[1]! }] }
    const facts = customerReturnFacts(bare)
    expect(facts.reason).toBe('MISTAKE')
    expect(facts).not.toHaveProperty('buyerEmail')
  })
})

describe('issueFacts', () => {
  it('makes a claim a complaint dated by the buyer’s first message', () => {
    expect(issueFacts(CLAIM)).toEqual({
      externalId: CLAIM.id,
      orderExternalId: CLAIM.checkoutForm.id,
      kind: 'complaint',
      requestedAt: '2025-06-10T10:12:12.019Z',
      buyerLogin: 'marek.nowak84',
      reason: 'Dzbanek pękł po tygodniu.',
      reasonCodes: ['DEFECT_FOUND_DURING_USE'],
      items: [{ offerId: '7778622952', name: null, quantity: 1 }],
      parcels: [],
      status: 'CLAIM_SUBMITTED',
      issue: {
        type: 'CLAIM',
        referenceNumber: '1/2025',
        right: 'COMPLAINT',
        decisionDueAt: '2025-06-25T12:12:12.019Z',
        expectations: ['PARTIAL_REFUND'],
        requestedRefund: { amountMinor: 5050, currency: 'PLN' },
        chatActive: true,
      },
    })
  })

  it('makes a dispute a complaint without a right, reason code or deadline', () => {
    const dispute: AllegroIssue = {
      ...CLAIM,
      type: 'DISPUTE',
      referenceNumber: null,
      decisionDueDate: null,
      subject: 'nie otrzymałem towaru po wpłacie',
      description: 'Zwrot 27 zł',
      chat: {},
      expectations: [],
      offer: null,
      reason: null,
      // The spec's own dispute example carries a right; it does not apply to disputes.
      right: 'WARRANTY',
      currentState: { ...CLAIM.currentState, status: 'DISPUTE_ONGOING' },
    }
    const facts = issueFacts(dispute)
    expect(facts).toMatchObject({
      kind: 'complaint',
      requestedAt: '2025-06-12T08:00:00.000Z',
      reason: 'Zwrot 27 zł',
      reasonCodes: [],
      items: [],
      status: 'DISPUTE_ONGOING',
    })
    expect(facts.issue).toMatchObject({ type: 'DISPUTE', right: null, decisionDueAt: null })
  })
})
