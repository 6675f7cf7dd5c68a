import type { CaseItemState, CaseState, RefundBreakdown } from './case-state.js'

/**
 * What an accepted withdrawal refunds: the eligible lines' prices less the buyer's liability for
 * diminished value (art. 34 ust. 4 Ustawa o prawach konsumenta) plus the delivery paid when the
 * whole order is returned (art. 32 ust. 1: up to the cheapest standard delivery the seller offers).
 */
export function withdrawalRefund(
  state: CaseState,
  items: readonly CaseItemState[] = state.items,
): RefundBreakdown {
  let itemsMinor = 0
  let deductionsMinor = 0
  for (const item of items) {
    if (!item.eligible) continue
    itemsMinor += item.unitPriceMinor * item.quantity
    deductionsMinor += Math.min(item.deductionMinor, item.unitPriceMinor * item.quantity)
  }
  const shippingMinor = state.coversWholeOrder ? state.orderShippingMinor : 0
  return {
    itemsMinor,
    shippingMinor,
    deductionsMinor,
    totalMinor: itemsMinor + shippingMinor - deductionsMinor,
    currency: state.currency,
  }
}

/** What withdrawing for non-conformity refunds: the price of the non-conforming goods (art. 43g ust. 1), and delivery when the whole order goes back. */
export function nonConformityRefund(state: CaseState): RefundBreakdown {
  const itemsMinor = state.items.reduce((sum, item) => sum + item.unitPriceMinor * item.quantity, 0)
  const shippingMinor = state.coversWholeOrder ? state.orderShippingMinor : 0
  return {
    itemsMinor,
    shippingMinor,
    deductionsMinor: 0,
    totalMinor: itemsMinor + shippingMinor,
    currency: state.currency,
  }
}

/** The part of the amount due that is neither refunded nor on its way. */
export function refundRemaining(state: CaseState): number {
  return Math.max(0, state.refundDueMinor - state.refundedMinor - state.pendingRefundMinor)
}
