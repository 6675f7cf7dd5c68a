import { hundredthsOf } from './sim-order-money.js'
import type { SimOrder } from './sim-order-records.js'
import { SimRequestError } from './sim-params.js'
import {
  REFUND_REASONS,
  type SimRefund,
  type SimRefundLine,
  type SimRefundReason,
} from './sim-returns-records.js'

type Body = Record<string, unknown>

/** What a valid `InitializeRefund` asks for, before it is stored. */
export interface RefundRequest {
  paymentId: string
  orderId: string
  commandId: string | null
  reason: SimRefundReason
  lines: SimRefundLine[]
  deliveryHundredths: number
  sellerComment: string | null
}

const invalid = (path: string, message: string) => new SimRequestError(422, path, message)

const idOf = (value: unknown): string | null => {
  const id = (value as { id?: unknown } | null | undefined)?.id
  return typeof id === 'string' && id !== '' ? id : null
}

/** Reads a `{ amount, currency }` value in the order's currency as hundredths. */
function moneyOf(value: unknown, currency: string, path: string): number {
  const money = value as { amount?: unknown; currency?: unknown } | null | undefined
  if (typeof money?.amount !== 'string') throw invalid(`${path}.amount`, 'amount required')
  if (money.currency !== currency) throw invalid(`${path}.currency`, `Currency must be ${currency}`)
  try {
    return hundredthsOf(money.amount, `${path}.amount`)
  } catch {
    throw invalid(`${path}.amount`, 'amount must look like "123.45"')
  }
}

/** Reads the spec's required fields (`payment`, `order`, `commandId`, `reason`). */
export function readRefundHeader(body: Body) {
  const paymentId = idOf(body.payment)
  if (!paymentId) throw invalid('payment.id', 'payment.id required')
  const orderId = idOf(body.order)
  if (!orderId) throw invalid('order.id', 'order.id required')
  const reason = body.reason as SimRefundReason
  if (!REFUND_REASONS.includes(reason)) throw invalid('reason', 'Unknown refund reason')
  // "If empty, idempotency will not be supported" (spec `InitializeRefund.commandId`).
  const commandId = typeof body.commandId === 'string' && body.commandId ? body.commandId : null
  return { paymentId, orderId, reason, commandId }
}

/**
 * Checks the refunded parts against what the buyer paid less what earlier refunds returned:
 * refunding more than was paid for a line item or for delivery is a 422.
 */
export function readRefundRequest(
  body: Body,
  order: SimOrder,
  earlier: SimRefund[],
): RefundRequest {
  const header = readRefundHeader(body)
  if (!order.payment.finishedAt) throw invalid('payment.id', 'The payment was not completed')
  const currency = order.currency
  const requested = Array.isArray(body.lineItems) ? (body.lineItems as Body[]) : []
  const lines = requested.map((raw, index): SimRefundLine => {
    const path = `lineItems[${index}]`
    const line = order.lineItems.find((item) => item.id === raw?.id)
    if (!line) throw invalid(`${path}.id`, 'Line item does not belong to the order')
    const price = hundredthsOf(line.price)
    if (raw.type === 'QUANTITY') {
      const quantity = raw.quantity
      if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
        throw invalid(`${path}.quantity`, 'quantity must be a positive integer')
      }
      if (quantity > line.quantity) throw invalid(`${path}.quantity`, 'More than was bought')
      return { id: line.id, type: 'QUANTITY', quantity, hundredths: quantity * price }
    }
    if (raw.type === 'AMOUNT') {
      const hundredths = moneyOf(raw.value, currency, `${path}.value`)
      if (hundredths <= 0) throw invalid(`${path}.value.amount`, 'amount must be positive')
      return { id: line.id, type: 'AMOUNT', quantity: null, hundredths }
    }
    throw invalid(`${path}.type`, 'type must be QUANTITY or AMOUNT')
  })
  const already = (id: string) =>
    earlier.flatMap((r) => r.lines).reduce((sum, l) => sum + (l.id === id ? l.hundredths : 0), 0)
  for (const item of order.lineItems) {
    const asked = lines.filter((l) => l.id === item.id).reduce((sum, l) => sum + l.hundredths, 0)
    const paid = hundredthsOf(item.price) * item.quantity
    if (asked > 0 && asked + already(item.id) > paid) {
      throw invalid('lineItems', `Refund exceeds the amount paid for line item ${item.id}`)
    }
  }
  const delivery = (body.delivery as Body | undefined)?.value
  const deliveryHundredths =
    delivery === undefined ? 0 : moneyOf(delivery, currency, 'delivery.value')
  const deliveryRefunded = earlier.reduce((sum, r) => sum + r.deliveryHundredths, 0)
  if (deliveryHundredths + deliveryRefunded > hundredthsOf(order.delivery.cost)) {
    throw invalid('delivery.value', 'Refund exceeds the delivery cost paid')
  }
  // Simulated orders have no overpayment, surcharges, deposits or paid additional services.
  for (const key of ['overpaid', 'additionalServices'] as const) {
    const value = (body[key] as Body | undefined)?.value
    if (value !== undefined && moneyOf(value, currency, `${key}.value`) > 0) {
      throw invalid(`${key}.value`, `Nothing was paid for ${key}`)
    }
  }
  for (const key of ['surcharges', 'deposits'] as const) {
    if (Array.isArray(body[key]) && (body[key] as unknown[]).length > 0) {
      throw invalid(key, `The payment has no ${key}`)
    }
  }
  if (lines.length === 0 && deliveryHundredths === 0) {
    throw invalid('lineItems', 'Nothing to refund')
  }
  const comment = body.sellerComment
  if (comment !== undefined && (typeof comment !== 'string' || comment.length > 250)) {
    throw invalid('sellerComment', 'sellerComment must be at most 250 characters')
  }
  return {
    ...header,
    lines,
    deliveryHundredths,
    sellerComment: typeof comment === 'string' ? comment : null,
  }
}
