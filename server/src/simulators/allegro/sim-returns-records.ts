/** Timeline statuses of a customer return (spec `CustomerReturn.status`). */
export const RETURN_STATUSES = [
  'CREATED',
  'DISPATCHED',
  'IN_TRANSIT',
  'DELIVERED',
  'FINISHED',
  'FINISHED_APT',
  'REJECTED',
  'COMMISSION_REFUND_CLAIMED',
  'COMMISSION_REFUNDED',
  'WAREHOUSE_DELIVERED',
  'WAREHOUSE_VERIFICATION',
] as const
export type SimReturnStatus = (typeof RETURN_STATUSES)[number]

/** Codes the seller may give when refusing a return's refund (spec `CustomerReturnRejection`). */
export const REJECTION_CODES = [
  'REFUND_REJECTED',
  'NEW_ITEM_SENT',
  'ITEM_FIXED',
  'MISSING_PART_SENT',
  'ITEM_MISMATCH',
  'BUSINESS_PURCHASE',
  'NO_RETURN_RIGHT',
] as const
export type SimRejectionCode = (typeof REJECTION_CODES)[number]

/** One returned offer; `price` is the unit price as the order had it. */
export interface SimReturnItem {
  lineItemId: string
  offerId: string
  name: string
  quantity: number
  price: string
  /** Spec `CustomerReturnItemReason.type`, e.g. DONT_LIKE_IT, DAMAGED. */
  reasonType: string
  userComment: string | null
}

/** A parcel the buyer sends back. */
export interface SimReturnParcel {
  createdAt: Date
  waybill: string
  carrierId: string
  transportingWaybill: string | null
  transportingCarrierId: string | null
  senderPhone: string | null
}

/** A customer return (zwrot) the buyer declared on Allegro. */
export interface SimCustomerReturn {
  id: string
  sellerLogin: string
  orderId: string
  buyerLogin: string
  buyerEmail: string
  referenceNumber: string
  createdAt: Date
  items: SimReturnItem[]
  parcels: SimReturnParcel[]
  status: SimReturnStatus
  rejection: { code: SimRejectionCode; reason: string | null; createdAt: Date } | null
  marketplaceId: string
  currency: string
  /** Only cash-on-delivery (and similar) buyers give an account (spec `CustomerReturnRefund`). */
  bankAccount: { owner: string; iban: string } | null
}

/** Statuses of a dispute or claim (spec `PostPurchaseIssueStatus`). */
export const ISSUE_STATUSES = [
  'DISPUTE_CLOSED',
  'DISPUTE_ONGOING',
  'DISPUTE_UNRESOLVED',
  'CLAIM_SUBMITTED',
  'CLAIM_ACCEPTED',
  'CLAIM_REJECTED',
] as const
export type SimIssueStatus = (typeof ISSUE_STATUSES)[number]

/** Who wrote an issue message (spec `PostPurchaseIssueMessageAuthor.role`). */
export type SimIssueRole = 'BUYER' | 'SELLER' | 'ADMIN' | 'SYSTEM' | 'FULFILLMENT'

/** A post-purchase issue: a dispute (dyskusja) or a claim (reklamacja). */
export interface SimIssue {
  id: string
  sellerLogin: string
  type: 'DISPUTE' | 'CLAIM'
  orderId: string
  buyerLogin: string
  referenceNumber: string | null
  openedAt: Date
  subject: string | null
  description: string | null
  reason: { type: string; description: string | null } | null
  right: 'WARRANTY' | 'COMPLAINT' | null
  expectations: Array<{ name: string | null; refund: { amount: string; currency: string } | null }>
  offer: { id: string; quantity: number } | null
  status: SimIssueStatus
  decisionDueAt: Date | null
  returnRequired: boolean | null
  chatActive: boolean
  /** The seller's answer to a claim (spec `ClaimStatusChangeRequest.status`), once given. */
  decision: string | null
}

/** One chat entry of an issue. */
export interface SimIssueMessage {
  id: string
  issueId: string
  seq: number
  text: string
  role: SimIssueRole
  /** Absent for ADMIN, SYSTEM and FULFILLMENT authors (spec). */
  authorLogin: string | null
  createdAt: Date
}

/** Why a payment is refunded (spec `InitializeRefund.reason`). */
export const REFUND_REASONS = [
  'REFUND',
  'COMPLAINT',
  'PRODUCT_NOT_AVAILABLE',
  'PAID_VALUE_TOO_LOW',
  'OVERPAID',
  'CANCELLED_BY_BUYER',
  'NOT_COLLECTED',
] as const
export type SimRefundReason = (typeof REFUND_REASONS)[number]

/** A refunded line item: whole pieces (QUANTITY) or part of its value (AMOUNT). */
export interface SimRefundLine {
  id: string
  type: 'QUANTITY' | 'AMOUNT'
  quantity: number | null
  /** Hundredths refunded for this line (quantity × price for QUANTITY). */
  hundredths: number
}

/** A payment refund the seller initiated (spec `RefundDetails`). */
export interface SimRefund {
  id: string
  commandId: string | null
  sellerLogin: string
  paymentId: string
  orderId: string
  reason: SimRefundReason
  status: 'NEW' | 'SUCCESS'
  createdAt: Date
  currency: string
  lines: SimRefundLine[]
  deliveryHundredths: number
  sellerComment: string | null
}

/** Statuses of a commission refund application (spec `RefundClaim.status`). */
export const CLAIM_STATUSES = [
  'IN_PROGRESS',
  'WAITING_FOR_PAYMENT_REFUND',
  'GRANTED',
  'REJECTED',
  'REJECTED_AFTER_APPEAL',
  'CANCELLED',
  'APPEALED',
] as const
export type SimClaimStatus = (typeof CLAIM_STATUSES)[number]

/** A commission refund application (wniosek o rabat transakcyjny). */
export interface SimRefundClaim {
  id: string
  sellerLogin: string
  orderId: string
  lineItemId: string
  quantity: number
  status: SimClaimStatus
  createdAt: Date
  commissionHundredths: number
  currency: string
}
