import type {
  AllegroMoney,
  AllegroRefundLineItem,
  AllegroRefundRequest,
} from './allegro-returns-types.js'

/** One order line of a refunded case, as Allegro knows it. */
export interface RefundLine {
  lineItemId: string
  quantity: number
  unitPriceMinor: number
}

const money = (minor: number, currency: string): AllegroMoney => ({
  amount: `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`,
  currency,
})

/**
 * The body of POST /payments/refunds for `amountMinor`: whole lines by quantity while the amount
 * covers them, the rest of a line by amount, and what remains after the goods as delivery (which
 * the seller refunds on a withdrawal, art. 32 ust. 1). Throws when the amount exceeds what the
 * lines and delivery can take.
 */
export function allegroRefundRequest(input: {
  paymentId: string
  orderId: string
  reason: 'REFUND' | 'COMPLAINT'
  lines: readonly RefundLine[]
  shippingMinor: number
  amountMinor: number
  currency: string
}): AllegroRefundRequest {
  let left = input.amountMinor
  const lineItems: AllegroRefundLineItem[] = []
  for (const line of input.lines) {
    if (left === 0) break
    const whole = Math.min(line.quantity, Math.floor(left / Math.max(line.unitPriceMinor, 1)))
    if (whole === line.quantity && line.unitPriceMinor > 0) {
      lineItems.push({ id: line.lineItemId, type: 'QUANTITY', quantity: whole })
      left -= whole * line.unitPriceMinor
    } else {
      const part = Math.min(left, line.quantity * line.unitPriceMinor)
      if (part > 0)
        lineItems.push({ id: line.lineItemId, type: 'AMOUNT', value: money(part, input.currency) })
      left -= part
    }
  }
  const delivery = Math.min(left, input.shippingMinor)
  left -= delivery
  if (left > 0) throw new RangeError(`The refund exceeds the case's lines and delivery by ${left}`)
  return {
    payment: { id: input.paymentId },
    order: { id: input.orderId },
    reason: input.reason,
    ...(lineItems.length > 0 ? { lineItems } : {}),
    ...(delivery > 0 ? { delivery: { value: money(delivery, input.currency) } } : {}),
  }
}
