import { describe, expect, it } from 'vitest'
import { allegroClaimDecision } from './allegro-claim-decision.js'

const base = { refusalGrounds: [], justification: null, refundDueMinor: 0, currency: 'PLN' }

describe('the answer to an Allegro claim', () => {
  it('names the accepted remedy, with the amount of a price reduction', () => {
    expect(
      allegroClaimDecision({ ...base, decision: 'accepted', resolution: 'replacement' })?.status,
    ).toBe('ACCEPTED_EXCHANGE')
    expect(
      allegroClaimDecision({
        ...base,
        decision: 'accepted',
        resolution: 'price_reduction',
        refundDueMinor: 2050,
      }),
    ).toMatchObject({
      status: 'ACCEPTED_PARTIAL_REFUND',
      partialRefund: { amount: '20.50', currency: 'PLN' },
    })
    expect(allegroClaimDecision({ ...base, decision: 'accepted', resolution: null })).toBeNull()
  })

  it('gives the refusal’s ground and the justification', () => {
    expect(
      allegroClaimDecision({
        ...base,
        decision: 'refused',
        resolution: null,
        refusalGrounds: ['damage_caused_by_buyer'],
        justification: 'Pęknięcie od uderzenia.',
      }),
    ).toEqual({ status: 'REJECTED_PRODUCT_DAMAGED_BY_USER', message: 'Pęknięcie od uderzenia.' })
    expect(
      allegroClaimDecision({
        ...base,
        decision: 'refused',
        resolution: null,
        refusalGrounds: ['liability_expired'],
      })?.status,
    ).toBe('REJECTED_OTHER')
  })
})
