import type { BuyerType, CaseEvaluation, CaseKind, Remedy } from '../rules/types.js'
import type { CaseSource, CaseStatus, ItemCondition, RefundMethod, Resolution } from '../tables.js'

/** One line of a case as the workflow sees it. */
export interface CaseItemState {
  id: string
  sku: string
  name: string
  quantity: number
  unitPriceMinor: number
  eligible: boolean
  exception: string | null
  receivedQuantity: number
  condition: ItemCondition | null
  deductionMinor: number
}

/** A case as the pure workflow functions see it: everything an action's validity depends on. */
export interface CaseState {
  kind: CaseKind
  status: CaseStatus
  decision: 'accepted' | 'refused' | null
  source: CaseSource
  buyerType: BuyerType
  currency: string
  evaluation: CaseEvaluation
  deliveredOn: string | null
  requestedRemedy: Remedy | null
  resolution: Resolution | null
  items: CaseItemState[]
  /** The delivery the buyer paid for, refunded on a whole-order withdrawal (art. 32 ust. 1). */
  orderShippingMinor: number
  /** Whether the case's lines cover every unit of the order (then delivery is refunded too). */
  coversWholeOrder: boolean
  refundDueMinor: number
  /** Refunds done. */
  refundedMinor: number
  /** Refunds recorded or requested but not confirmed yet. */
  pendingRefundMinor: number
  /** Files the seller can show: customer photos, agent evidence, proof of sending. */
  evidenceFiles: number
  proofOfSending: boolean
}

/** What an agent (or the system) does to a case. */
export type CaseAction =
  | { type: 'request_item'; note?: string }
  | { type: 'receive'; items: Array<{ itemId: string; quantity: number }>; note?: string }
  | {
      type: 'inspect'
      items: Array<{ itemId: string; condition: ItemCondition; deductionMinor?: number }>
      note?: string
    }
  | { type: 'accept'; remedy?: Remedy; priceReductionMinor?: number; note?: string }
  | { type: 'refuse'; grounds: string[]; justification: string; note?: string }
  | { type: 'refund'; method: RefundMethod; amountMinor?: number; paid?: boolean; note?: string }
  | { type: 'mark_refund_done'; refundId: string; note?: string }
  | { type: 'replacement'; note?: string }
  | { type: 'repair'; note?: string }

/** Mails the workflow sends the customer. */
export type CaseMailKind =
  | 'opened'
  | 'item_requested'
  | 'received'
  | 'accepted'
  | 'refused'
  | 'refunded'
  | 'replacement'
  | 'repair'

/** A problem that stops an action, or one the agent should know before confirming. */
export interface PlanIssue {
  code: string
  field?: string
  message: string
}

/** The money an action moves. */
export interface RefundBreakdown {
  itemsMinor: number
  shippingMinor: number
  deductionsMinor: number
  totalMinor: number
  currency: string
}

/** What an action would do, computed without I/O: the preview, and what confirming applies. */
export interface ActionPlan {
  ok: boolean
  errors: PlanIssue[]
  warnings: PlanIssue[]
  next: {
    status: CaseStatus
    decision: 'accepted' | 'refused' | null
    resolution: Resolution | null
    refundDueMinor: number
    refusalGrounds?: string[]
    refusalJustification?: string
  }
  itemUpdates: Array<{
    id: string
    receivedQuantity?: number
    condition?: ItemCondition
    deductionMinor?: number
  }>
  /** The refund this action records (refund action) or makes due (accept). */
  refund: (RefundBreakdown & { method?: RefundMethod; dueOn: string | null; paid?: boolean }) | null
  mail: CaseMailKind | null
  deadlines: {
    deadline: string | null
    respondBy: string | null
    refundBy: string | null
    returnGoodsBy: string | null
    deemedAcceptedOn: string | null
  }
}
