/** An Allegro amount: a decimal string and an ISO 4217 code (spec `Price`). */
export interface AllegroMoney {
  amount: string
  currency: string
}

/** One returned offer (spec `CustomerReturnItem`). */
export interface AllegroCustomerReturnItem {
  offerId: string
  quantity: number
  name: string
  price?: AllegroMoney
  url?: string
  reason?: { type?: string; userComment?: string }
  serialNumbers?: string[]
}

/** A parcel the buyer sends back (spec `CustomerReturnReturnParcel`). */
export interface AllegroReturnParcel {
  createdAt?: string
  waybill?: string
  transportingWaybill?: string | null
  carrierId?: string
  transportingCarrierId?: string | null
  sender?: { phoneNumber?: string | null }
}

/** The seller's refusal of a return's refund (spec `CustomerReturnRejection`). */
export interface AllegroReturnRejection {
  code: AllegroRejectionCode
  reason?: string
  createdAt?: string
}

/** Codes for refusing a customer return's refund (spec `CustomerReturnRefundRejectionRequest`). */
export type AllegroRejectionCode =
  | 'REFUND_REJECTED'
  | 'NEW_ITEM_SENT'
  | 'ITEM_FIXED'
  | 'MISSING_PART_SENT'
  | 'ITEM_MISMATCH'
  | 'BUSINESS_PURCHASE'
  | 'NO_RETURN_RIGHT'

/** A customer return (spec `CustomerReturn`, beta). */
export interface AllegroCustomerReturn {
  id: string
  isFulfillment?: boolean
  createdAt: string
  referenceNumber?: string
  orderId: string
  buyer: { email?: string; login: string }
  items: AllegroCustomerReturnItem[]
  refund?: { bankAccount?: { owner?: string; accountNumber?: string; iban?: string } }
  parcels?: AllegroReturnParcel[]
  rejection?: AllegroReturnRejection
  marketplaceId?: string
  status: string
}

/** A page of `GET /order/customer-returns`. */
export interface AllegroCustomerReturnsPage {
  count: number
  customerReturns: AllegroCustomerReturn[]
}

/** Who wrote an issue message (spec `PostPurchaseIssueMessageAuthor`). */
export interface AllegroIssueAuthor {
  login?: string
  role: 'BUYER' | 'SELLER' | 'ADMIN' | 'SYSTEM' | 'FULFILLMENT'
}

/** One entry of an issue's chat (spec `PostPurchaseIssueChatMessage`). */
export interface AllegroIssueMessage {
  id: string
  text?: string
  attachments?: Array<{ fileName: string; url: string }>
  author: AllegroIssueAuthor
  createdAt: string
}

/** Spec `PostPurchaseIssueStatus`. */
export type AllegroIssueStatus =
  | 'DISPUTE_CLOSED'
  | 'DISPUTE_ONGOING'
  | 'DISPUTE_UNRESOLVED'
  | 'CLAIM_SUBMITTED'
  | 'CLAIM_ACCEPTED'
  | 'CLAIM_REJECTED'

/** A dispute (dyskusja) or claim (reklamacja) (spec `PostPurchaseIssue`, beta). */
export interface AllegroIssue {
  id: string
  type: 'DISPUTE' | 'CLAIM'
  referenceNumber: string | null
  decisionDueDate: string | null
  openedDate: string
  subject: string | null
  buyer: { id: string; login: string }
  checkoutForm: { id: string; createdAt?: string }
  currentState: {
    status: AllegroIssueStatus
    statusDueDate: string | null
    returnRequired: boolean | null
    chatActive: boolean
  }
  chat?: {
    lastMessage?: { status: string; createdAt?: string }
    messagesCount?: number
    initialMessage?: AllegroIssueMessage
  }
  expectations: Array<{ name: string | null; refund?: AllegroMoney | null }>
  description: string | null
  offer?: { id: string | null; quantity?: number } | null
  product?: { id: string | null } | null
  reason?: { type: string; description: string | null } | null
  right?: 'WARRANTY' | 'COMPLAINT' | null
  attachments?: Array<{ fileName: string; url: string }>
}

/** The body of `POST /sale/issues/{issueId}/message` (spec `MessageRequest`). */
export interface AllegroIssueMessageRequest {
  text: string
  type?:
    | 'REGULAR'
    | 'END_REQUEST'
    | 'RETURN_REQUIRED_SELLER_LABEL'
    | 'RETURN_REQUIRED_CUSTOM'
    | 'RETURN_NOT_REQUIRED'
  attachments?: Array<{ id: string }>
}

/** The body of `POST /sale/issues/{issueId}/status` (spec `ClaimStatusChangeRequest`). */
export interface AllegroClaimDecision {
  status:
    | 'ACCEPTED_REPAIR'
    | 'ACCEPTED_REFUND'
    | 'ACCEPTED_EXCHANGE'
    | 'ACCEPTED_PARTIAL_REFUND'
    | 'REJECTED_ADDITIONAL_REQUIREMENTS_NOT_COMPLETED'
    | 'REJECTED_PRODUCT_NOT_RETURNED'
    | 'REJECTED_PRODUCT_DAMAGED_BY_USER'
    | 'REJECTED_PRODUCT_CONFORMS_TO_CONTRACT'
    | 'REJECTED_MINOR_DEFECT'
    | 'REJECTED_OTHER'
    | 'REJECTED_CLAIM_WITHDRAWN_BY_BUYER'
  message: string
  partialRefund?: AllegroMoney
}

/** Why a payment is refunded (spec `InitializeRefund.reason`). */
export type AllegroRefundReason =
  | 'REFUND'
  | 'COMPLAINT'
  | 'PRODUCT_NOT_AVAILABLE'
  | 'PAID_VALUE_TOO_LOW'
  | 'OVERPAID'
  | 'CANCELLED_BY_BUYER'
  | 'NOT_COLLECTED'

/** A refunded line item: whole pieces or part of its value (spec `RefundLineItem`). */
export type AllegroRefundLineItem =
  | { id: string; type: 'QUANTITY'; quantity: number }
  | { id: string; type: 'AMOUNT'; value: AllegroMoney }

/** What to refund; `commandId` is added by `createRefund` (spec `InitializeRefund`). */
export interface AllegroRefundRequest {
  payment: { id: string }
  order: { id: string }
  reason: AllegroRefundReason
  lineItems?: AllegroRefundLineItem[]
  delivery?: { value: AllegroMoney }
  overpaid?: { value: AllegroMoney }
  additionalServices?: { value: AllegroMoney }
  sellerComment?: string
}

/** A payment refund (spec `RefundDetails`). */
export interface AllegroRefund {
  id: string
  payment: { id: string }
  order?: { id: string }
  reason: AllegroRefundReason
  status: string
  createdAt: string
  totalValue: AllegroMoney
  lineItems?: AllegroRefundLineItem[]
  delivery?: { value: AllegroMoney }
  overpaid?: { value: AllegroMoney }
  additionalServices?: { value: AllegroMoney }
  sellerComment?: string
}

/** A commission refund application (spec `RefundClaim`); `commission.amount` is a number. */
export interface AllegroRefundClaim {
  id: string
  status:
    | 'IN_PROGRESS'
    | 'WAITING_FOR_PAYMENT_REFUND'
    | 'GRANTED'
    | 'REJECTED'
    | 'REJECTED_AFTER_APPEAL'
    | 'CANCELLED'
    | 'APPEALED'
  quantity: number
  commission?: { amount: number; currency: string }
  buyer?: { id: string }
  createdAt: string
  lineItem: { id: string; quantity?: number; boughtAt?: string; offer?: { id: string } }
  type?: 'MANUAL' | 'AUTOMATIC'
}
