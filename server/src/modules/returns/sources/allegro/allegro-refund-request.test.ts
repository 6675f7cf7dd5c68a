import { describe, expect, it } from 'vitest'
import { allegroRefundRequest } from './allegro-refund-request.js'

const base = {
  paymentId: 'pay-1',
  orderId: 'form-1',
  reason: 'REFUND' as const,
  lines: [
    { lineItemId: 'L1', quantity: 2, unitPriceMinor: 10000 },
    { lineItemId: 'L2', quantity: 1, unitPriceMinor: 2550 },
  ],
  shippingMinor: 1000,
  currency: 'PLN',
}

describe('the Allegro refund body', () => {
  it('refunds whole lines by quantity and the rest as delivery', () => {
    expect(allegroRefundRequest({ ...base, amountMinor: 23550 })).toEqual({
      payment: { id: 'pay-1' },
      order: { id: 'form-1' },
      reason: 'REFUND',
      lineItems: [
        { id: 'L1', type: 'QUANTITY', quantity: 2 },
        { id: 'L2', type: 'QUANTITY', quantity: 1 },
      ],
      delivery: { value: { amount: '10.00', currency: 'PLN' } },
    })
  })

  it('refunds part of a line by amount, in Allegro’s decimal strings', () => {
    expect(allegroRefundRequest({ ...base, amountMinor: 12005 }).lineItems).toEqual([
      { id: 'L1', type: 'AMOUNT', value: { amount: '120.05', currency: 'PLN' } },
    ])
  })

  it('refuses more than the lines and delivery hold', () => {
    expect(() => allegroRefundRequest({ ...base, amountMinor: 23551 })).toThrow(RangeError)
  })
})
