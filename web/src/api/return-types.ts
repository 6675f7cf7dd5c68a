/** Shapes of `/returns/*` (server: modules/returns/routes, workflow/case-state.ts, service/views). */

/** A withdrawal (odstąpienie, art. 27 Ustawa o prawach konsumenta) or a complaint (reklamacja, art. 43a). */
export type CaseKind = 'withdrawal' | 'complaint'
/** Both kinds, in the order forms offer them. */
export const CASE_KINDS: readonly CaseKind[] = ['withdrawal', 'complaint']

/** Where a case is in its life. */
export const CASE_STATUSES = [
  'new',
  'awaiting_item',
  'received',
  'inspected',
  'accepted',
  'refused',
  'resolved',
] as const
/** One of CASE_STATUSES. */
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** Where a case came from. */
export type CaseSource = 'agent' | 'portal' | 'allegro_return' | 'allegro_issue'

/** Which cases the list shows (server: service/views/case-list.ts). */
export const CASE_VIEWS = ['open', 'due', 'closed', 'all'] as const
/** One of CASE_VIEWS. */
export type CaseView = (typeof CASE_VIEWS)[number]

/** Who bought: the regime depends on it (art. 7aa and 38a for sole traders). */
export const BUYER_TYPES = ['consumer', 'sole_trader', 'business'] as const
/** One of BUYER_TYPES. */
export type BuyerType = (typeof BUYER_TYPES)[number]

/** Reasons a buyer gives (server: service/case-input.ts RETURN_REASONS). */
export const RETURN_REASONS = [
  'changed_mind',
  'wrong_size',
  'not_as_described',
  'wrong_item',
  'damaged_in_transit',
  'defective',
  'stopped_working',
  'missing_parts',
  'late_delivery',
  'other',
] as const
/** One of RETURN_REASONS. */
export type ReturnReason = (typeof RETURN_REASONS)[number]

/** Remedies for non-conformity, in the order of art. 43d–43e. */
export const REMEDIES = ['repair', 'replacement', 'price_reduction', 'withdrawal'] as const
/** One of REMEDIES. */
export type Remedy = (typeof REMEDIES)[number]

/** The condition an inspected item arrived in. */
export const ITEM_CONDITIONS = ['as_new', 'used', 'damaged', 'defective', 'missing'] as const
/** One of ITEM_CONDITIONS. */
export type ItemCondition = (typeof ITEM_CONDITIONS)[number]

/** How a refund is paid. */
export const REFUND_METHODS = [
  'original_payment',
  'bank_transfer',
  'marketplace',
  'voucher',
] as const
/** One of REFUND_METHODS. */
export type RefundMethod = (typeof REFUND_METHODS)[number]

/** The e-mail the buyer gets after an action. */
export type CaseMailKind =
  | 'opened'
  | 'item_requested'
  | 'received'
  | 'accepted'
  | 'refused'
  | 'refunded'
  | 'replacement'
  | 'repair'

/** Which law governs a case. */
export type LegalRegime =
  | 'consumer_withdrawal'
  | 'consumer_rights_2023'
  | 'civil_code_warranty'
  | 'civil_code_b2b'
  | 'none'

/** The statutory engine's verdict (server: rules/types.ts CaseEvaluation). */
export interface CaseEvaluation {
  decision: 'accept' | 'refuse'
  reasons: string[]
  deadline: string | null
  respondBy: string | null
  refundBy: string | null
  returnGoodsBy: string | null
  regime: LegalRegime
  deemedAcceptedOn: string | null
  items: { sku: string; eligible: boolean; reason: string | null }[]
}

/** One row of `GET /returns/cases`. */
export interface CaseListItem {
  id: string
  number: string
  kind: CaseKind
  status: CaseStatus
  source: CaseSource
  decision: 'accepted' | 'refused' | null
  buyerName: string | null
  orderId: string | null
  orderNumber: string | null
  marketplace: string | null
  conversationId: string | null
  reasonCode: string
  requestedAt: string
  deadline: string | null
  respondBy: string | null
  refundBy: string | null
  deemedAcceptedOn: string | null
  currency: string
  refundDueMinor: number
  refundedMinor: number
  itemCount: number
  itemNames: string | null
  assigneeId: string | null
  evaluationDecision: 'accept' | 'refuse'
}

/** One page of the cases list, most urgent first. */
export interface CaseListPage {
  total: number
  items: CaseListItem[]
}

/** One line of a new case (by order line, or described for orders Aftersale does not hold). */
export interface NewCaseItem {
  orderItemId?: string
  sku?: string
  name?: string
  unitPriceMinor?: number
  quantity: number
  unsealed?: boolean
}

/** `POST /returns/cases` and `/returns/cases/preview` body. */
export interface NewCase {
  kind: CaseKind
  orderId?: string | null
  conversationId?: string | null
  buyerType?: BuyerType
  reasonCode: ReturnReason
  description?: string
  requestedRemedy?: Remedy | null
  items: NewCaseItem[]
}

/** What the engine says about a case not yet opened. */
export interface NewCasePreview {
  evaluation: CaseEvaluation
  items: {
    orderItemId: string | null
    sku: string
    name: string
    quantity: number
    eligible: boolean
    reason: string | null
  }[]
  deliveredOn: string | null
}

/** One line of a case. */
export interface CaseItem {
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

/** One timeline entry. */
export interface CaseEvent {
  id: string
  action: string
  actorType: 'agent' | 'customer' | 'system' | 'marketplace'
  actorName: string | null
  note: string | null
  detail: Record<string, unknown> | null
  createdAt: string
}

/** A photo or document on a case. */
export interface CaseFile {
  id: string
  fileName: string
  contentType: string
  size: number
  uploadedBy: 'customer' | 'agent' | 'marketplace'
  purpose: 'photo' | 'evidence' | 'proof_of_sending' | 'label'
  createdAt: string
}

/** A refund recorded, requested from the marketplace, or paid. */
export interface CaseRefund {
  id: string
  amountMinor: number
  currency: string
  method: RefundMethod
  dueOn: string | null
  status: 'pending' | 'requested' | 'done' | 'failed'
  externalId: string | null
  commissionClaimId: string | null
  commissionStatus: string | null
  error: string | null
  createdAt: string
  doneAt: string | null
}

/** Everything `GET /returns/cases/:id` says about one case. */
export interface CaseDetail {
  id: string
  number: string
  kind: CaseKind
  status: CaseStatus
  source: CaseSource
  externalId: string | null
  orderId: string | null
  orderNumber: string | null
  marketplace: string | null
  customerId: string | null
  customerName: string | null
  conversationId: string | null
  conversationSubject: string | null
  buyerType: BuyerType
  buyerName: string | null
  buyerEmail: string | null
  language: 'pl' | 'en' | 'de'
  reasonCode: string
  description: string
  requestedRemedy: Remedy | null
  requestedAt: string
  requestedOn: string
  orderedOn: string | null
  deliveredOn: string | null
  informedOfWithdrawalRight: boolean
  evaluation: CaseEvaluation
  deadline: string | null
  respondBy: string | null
  refundBy: string | null
  returnGoodsBy: string | null
  deemedAcceptedOn: string | null
  decision: 'accepted' | 'refused' | null
  decidedAt: string | null
  resolution: Remedy | 'refund' | null
  refusalGrounds: string[]
  refusalJustification: string | null
  currency: string
  refundDueMinor: number
  refundedMinor: number
  remainingRefundMinor: number
  marketplaceStatus: string | null
  version: number
  escalatedAt: string | null
  portalPath: string
  items: CaseItem[]
  events: CaseEvent[]
  files: CaseFile[]
  refunds: CaseRefund[]
  availableGrounds: string[]
  deemedAccepted: boolean
  coversWholeOrder: boolean
  /** The workspace's date (Europe/Warsaw by default), YYYY-MM-DD. */
  today: string
}

/** What an agent does to a case (server: workflow/case-state.ts CaseAction). */
export type CaseAction =
  | { type: 'request_item'; note?: string }
  | { type: 'receive'; items: { itemId: string; quantity: number }[]; note?: string }
  | {
      type: 'inspect'
      items: { itemId: string; condition: ItemCondition; deductionMinor?: number }[]
      note?: string
    }
  | { type: 'accept'; remedy?: Remedy; priceReductionMinor?: number; note?: string }
  | { type: 'refuse'; grounds: string[]; justification: string; note?: string }
  | { type: 'refund'; method: RefundMethod; amountMinor?: number; paid?: boolean; note?: string }
  | { type: 'mark_refund_done'; refundId: string; note?: string }
  | { type: 'replacement'; note?: string }
  | { type: 'repair'; note?: string }

/** One of the action types. */
export type CaseActionType = CaseAction['type']

/** A problem that blocks an action, or one to know before confirming. */
export interface PlanIssue {
  code: string
  field?: string
  message: string
}

/** What an action would do (preview) or did (confirm); nothing is saved by a preview. */
export interface ActionPlan {
  ok: boolean
  errors: PlanIssue[]
  warnings: PlanIssue[]
  next: {
    status: CaseStatus
    decision: 'accepted' | 'refused' | null
    resolution: Remedy | 'refund' | null
    refundDueMinor: number
    refusalGrounds?: string[]
    refusalJustification?: string
  }
  refund: {
    itemsMinor: number
    shippingMinor: number
    deductionsMinor: number
    totalMinor: number
    currency: string
    method?: RefundMethod
    dueOn: string | null
    paid?: boolean
  } | null
  mail: CaseMailKind | null
  deadlines: {
    deadline: string | null
    respondBy: string | null
    refundBy: string | null
    returnGoodsBy: string | null
    deemedAcceptedOn: string | null
  }
  version: number
}
