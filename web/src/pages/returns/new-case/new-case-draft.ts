import type { OrderItem } from '../../../api/order-types'
import type { BuyerType, CaseKind, NewCase, Remedy, ReturnReason } from '../../../api/return-types'

/** An order line as `GET /orders/:id` gives it; the id names it in a new case. */
export type OrderLine = OrderItem & { id?: string }

/** What the agent picked of one order line. */
export interface LineChoice {
  picked: boolean
  quantity: number
  unsealed: boolean
}

/** The new-case form before it is sent. */
export interface NewCaseDraft {
  orderId: string | null
  conversationId: string | null
  lines: Record<string, LineChoice>
  kind: CaseKind
  reasonCode: ReturnReason
  description: string
  buyerType: BuyerType
  remedy: Remedy | null
}

/** The reason most cases of each kind give, preselected. */
export const DEFAULT_REASON: Record<CaseKind, ReturnReason> = {
  withdrawal: 'changed_mind',
  complaint: 'defective',
}

/** Flags whose items lose the right of withdrawal once unsealed (art. 38 pkt 5 and 9). */
const SEALED_FLAGS = new Set(['sealed_hygiene', 'sealed_media'])

/** Whether the form should ask if the item was unsealed after delivery. */
export function isSealed(line: OrderLine): boolean {
  return line.flags.some((flag) => SEALED_FLAGS.has(flag))
}

/** An empty draft, for an order and conversation the link named. */
export function emptyDraft(orderId: string | null, conversationId: string | null): NewCaseDraft {
  return {
    orderId,
    conversationId,
    lines: {},
    kind: 'withdrawal',
    reasonCode: DEFAULT_REASON.withdrawal,
    description: '',
    buyerType: 'consumer',
    remedy: null,
  }
}

/** Switching the kind also switches a reason still at the other kind's default. */
export function withKind(draft: NewCaseDraft, kind: CaseKind): NewCaseDraft {
  const reasonCode =
    draft.reasonCode === DEFAULT_REASON[draft.kind] ? DEFAULT_REASON[kind] : draft.reasonCode
  return { ...draft, kind, reasonCode, remedy: kind === 'complaint' ? draft.remedy : null }
}

/** The request body, or null while no line is picked. */
export function toNewCase(draft: NewCaseDraft): NewCase | null {
  const items = Object.entries(draft.lines)
    .filter(([, choice]) => choice.picked && choice.quantity > 0)
    .map(([orderItemId, choice]) => ({
      orderItemId,
      quantity: choice.quantity,
      ...(choice.unsealed ? { unsealed: true } : {}),
    }))
  if (!draft.orderId || items.length === 0) return null
  return {
    kind: draft.kind,
    orderId: draft.orderId,
    conversationId: draft.conversationId,
    buyerType: draft.buyerType,
    reasonCode: draft.reasonCode,
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    ...(draft.kind === 'complaint' ? { requestedRemedy: draft.remedy } : {}),
    items,
  }
}
