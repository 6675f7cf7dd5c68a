import type { Remedy } from '../../rules/types.js'
import type { NewCaseInput, NewCaseItem, ReturnReason } from '../../service/case-input.js'
import type { AllegroCaseFacts } from './allegro-returns-facts.js'

/** Allegro's return and issue reason codes in Aftersale's reasons (spec: CustomerReturn reason.type, Issue reason). */
const REASONS: Record<string, ReturnReason> = {
  MISTAKE: 'changed_mind',
  DONT_LIKE_IT: 'changed_mind',
  NOT_AS_EXPECTED: 'changed_mind',
  ORDERED_FOR_COMPARISON: 'changed_mind',
  TOO_LARGE: 'wrong_size',
  TOO_SMALL: 'wrong_size',
  TRANSPORT: 'damaged_in_transit',
  PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT: 'damaged_in_transit',
  DAMAGED: 'defective',
  ITEM_IS_DAMAGED: 'defective',
  PRODUCT_DAMAGED_PARCEL_INTACT: 'defective',
  HIDDEN_FLAW: 'defective',
  OTHER_FLAW: 'defective',
  DEFECT_FOUND_DURING_USE: 'stopped_working',
  NOT_AS_DESCRIBED: 'not_as_described',
  RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION: 'not_as_described',
  DIFFERENT: 'wrong_item',
  COUNTERFEIT: 'not_as_described',
  NOT_NEW: 'not_as_described',
  INCOMPLETE: 'missing_parts',
  MISSING_PRODUCT_ELEMENT: 'missing_parts',
  RECEIVED_INCOMPLETE_ORDER: 'missing_parts',
  OVERDUE_DELIVERY: 'late_delivery',
}

/** What the buyer expects on an Allegro claim, as a remedy (art. 43d–43e): exchange = replacement, refund = withdrawal. */
const REMEDIES: Record<string, Remedy> = {
  REPAIR: 'repair',
  EXCHANGE: 'replacement',
  REFUND: 'withdrawal',
  PARTIAL_REFUND: 'price_reduction',
}

/** An order line an Allegro item maps to: the checkout form's line item for the same offer. */
export interface AllegroOrderLine {
  orderItemId: string
  offerId: string
  quantity: number
}

/**
 * Turns an Allegro customer return or issue into a case for the order's lines; items whose offer
 * is not on the order are left out, and an issue naming no offer covers every line.
 */
export function allegroCaseInput(
  facts: AllegroCaseFacts,
  orderId: string,
  lines: readonly AllegroOrderLine[],
): NewCaseInput {
  const items: NewCaseItem[] = []
  const wanted =
    facts.items.length > 0
      ? facts.items
      : lines.map((line) => ({ offerId: line.offerId, quantity: line.quantity }))
  for (const item of wanted) {
    const line = lines.find((candidate) => candidate.offerId === item.offerId)
    if (line && !items.some((chosen) => chosen.orderItemId === line.orderItemId))
      items.push({
        orderItemId: line.orderItemId,
        quantity: Math.min(Math.max(item.quantity, 1), line.quantity),
      })
  }
  const remedy = facts.issue?.expectations
    .map((name) => REMEDIES[name])
    .find((r) => r !== undefined)
  return {
    kind: facts.kind,
    source: facts.issue ? 'allegro_issue' : 'allegro_return',
    externalId: facts.externalId,
    orderId,
    buyerEmail: facts.buyerEmail ?? null,
    language: 'pl',
    reasonCode:
      facts.reasonCodes.map((code) => REASONS[code]).find((r) => r !== undefined) ?? 'other',
    description: (facts.reason ?? '').slice(0, 5000),
    requestedRemedy: facts.kind === 'complaint' ? (remedy ?? null) : null,
    requestedAt: new Date(facts.requestedAt),
    items,
    marketplaceStatus: facts.status,
  }
}
