import { describe, expect, it } from 'vitest'
import { evaluateCase } from './evaluate-case.js'
import { evaluateWithdrawalBeforeDelivery } from './evaluate-withdrawal.js'
import { sampleWithdrawal } from './sample-case-facts.js'

const { deliveries: _none, ...undelivered } = sampleWithdrawal({ requestedAt: '2026-10-30' })

describe('evaluateWithdrawalBeforeDelivery', () => {
  it('accepts a statement made before possession, with the window end still unknown (art. 27)', () => {
    expect(evaluateWithdrawalBeforeDelivery(undelivered)).toMatchObject({
      decision: 'accept',
      reasons: ['within_statutory_period'],
      deadline: null,
      refundBy: '2026-11-13',
      returnGoodsBy: null,
    })
  })

  it('still applies the art. 38 exceptions and the business rule', () => {
    const personalised = { ...undelivered, items: [{ sku: 'P', flags: ['personalized' as const] }] }
    expect(evaluateWithdrawalBeforeDelivery(personalised)).toMatchObject({
      decision: 'refuse',
      reasons: ['exception_personalized'],
    })
    expect(evaluateWithdrawalBeforeDelivery({ ...undelivered, buyer: 'business' })).toMatchObject({
      decision: 'refuse',
      reasons: ['no_statutory_right'],
    })
  })

  it('makes evaluateCase name the field when no delivery is given', () => {
    expect(() => evaluateCase(sampleWithdrawal({ deliveries: [] }))).toThrow(/^deliveries:/)
    expect(() => evaluateCase(sampleWithdrawal({ requestedAt: '2026-13-01' }))).toThrow(
      /^requestedAt:/,
    )
  })
})
