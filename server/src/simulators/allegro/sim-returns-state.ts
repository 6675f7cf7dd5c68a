import type { SimOrder } from './sim-order-records.js'
import type { SimOrderState } from './sim-order-state.js'
import { SimRequestError } from './sim-params.js'
import type {
  SimCustomerReturn,
  SimIssue,
  SimIssueMessage,
  SimIssueRole,
  SimRefund,
  SimRefundClaim,
  SimReturnStatus,
} from './sim-returns-records.js'

/** What the returns store needs from the rest of the simulated world. */
export interface SimReturnsWorld {
  clock: () => Date
  newId: () => string
  orders: SimOrderState
}

/** A return a test or seed makes a buyer declare; by default every line item, whole. */
export interface SimCustomerReturnInput {
  orderId: string
  id?: string
  items?: Array<{
    lineItemId?: string
    quantity?: number
    reasonType?: string
    userComment?: string | null
  }>
  status?: SimReturnStatus
  createdAt?: Date
  parcels?: Array<{
    waybill: string
    carrierId?: string
    transportingWaybill?: string | null
    transportingCarrierId?: string | null
    createdAt?: Date
  }>
}

/** A dispute or claim a test or seed makes a buyer open, with the buyer's first message. */
export interface SimIssueInput {
  orderId: string
  type: 'DISPUTE' | 'CLAIM'
  text: string
  id?: string
  openedAt?: Date
  subject?: string | null
  description?: string | null
  reasonType?: string | null
  reasonDescription?: string | null
  right?: 'WARRANTY' | 'COMPLAINT' | null
  expectations?: SimIssue['expectations']
  lineItemId?: string
  quantity?: number
}

const DAY = 86_400_000
/**
 * A consumer's complaint not answered within 14 days counts as accepted (art. 7a ust. 1 ustawy
 * o prawach konsumenta), which is the deadline Allegro shows as `decisionDueDate`.
 */
const CLAIM_ANSWER_DAYS = 14

/** Customer returns, disputes and claims, payment refunds and commission refund applications. */
export class SimReturnsState {
  readonly returns = new Map<string, SimCustomerReturn>()
  readonly issues = new Map<string, SimIssue>()
  readonly issueMessages: SimIssueMessage[] = []
  readonly refunds = new Map<string, SimRefund>()
  readonly claims = new Map<string, SimRefundClaim>()
  private seq = 0

  constructor(private readonly world: SimReturnsWorld) {}

  /** The order a test names, or a 400 for an unknown one. */
  orderFor(orderId: string): SimOrder {
    const order = this.world.orders.orders.get(orderId)
    if (!order) throw new SimRequestError(400, 'orderId', `Unknown order ${orderId}`)
    return order
  }

  /** Declares a customer return of some (by default all) of an order's items. */
  addCustomerReturn(input: SimCustomerReturnInput): SimCustomerReturn {
    const order = this.orderFor(input.orderId)
    const wanted: NonNullable<SimCustomerReturnInput['items']> =
      input.items ?? order.lineItems.map((item) => ({ lineItemId: item.id }))
    const items = wanted.map((want, index) => {
      const line = want.lineItemId
        ? order.lineItems.find((item) => item.id === want.lineItemId)
        : order.lineItems[index]
      if (!line) throw new SimRequestError(400, `items[${index}]`, 'Unknown line item')
      const quantity = want.quantity ?? line.quantity
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > line.quantity) {
        throw new SimRequestError(400, `items[${index}].quantity`, 'Quantity out of range')
      }
      return {
        lineItemId: line.id,
        offerId: line.offerId,
        name: line.name,
        quantity,
        price: line.price,
        reasonType: want.reasonType ?? 'DONT_LIKE_IT',
        userComment: want.userComment ?? null,
      }
    })
    const createdAt = input.createdAt ?? this.world.clock()
    const record: SimCustomerReturn = {
      id: input.id ?? this.world.newId(),
      sellerLogin: order.sellerLogin,
      orderId: order.id,
      buyerLogin: order.buyer.login,
      buyerEmail: order.buyer.email,
      referenceNumber: `${++this.seq}/Z${String(createdAt.getUTCMonth() + 1).padStart(2, '0')}A`,
      createdAt,
      items,
      parcels: (input.parcels ?? []).map((parcel) => ({
        createdAt: parcel.createdAt ?? createdAt,
        waybill: parcel.waybill,
        carrierId: parcel.carrierId ?? 'ALLEGRO',
        transportingWaybill: parcel.transportingWaybill ?? null,
        transportingCarrierId: parcel.transportingCarrierId ?? null,
        senderPhone: order.buyer.phoneNumber,
      })),
      status: input.status ?? (input.parcels?.length ? 'DISPATCHED' : 'CREATED'),
      rejection: null,
      marketplaceId: order.marketplaceId,
      currency: order.currency,
      bankAccount:
        order.payment.type === 'CASH_ON_DELIVERY'
          ? {
              owner: `${order.buyer.firstName} ${order.buyer.lastName}`,
              iban: 'PL61109010140000071219812874',
            }
          : null,
    }
    if (this.returns.has(record.id)) throw new SimRequestError(409, 'id', 'Return exists')
    this.returns.set(record.id, record)
    return record
  }

  /** Opens a dispute or claim with the buyer's first chat message. */
  openIssue(input: SimIssueInput): SimIssue {
    const order = this.orderFor(input.orderId)
    const openedAt = input.openedAt ?? this.world.clock()
    const claim = input.type === 'CLAIM'
    const line = input.lineItemId
      ? order.lineItems.find((item) => item.id === input.lineItemId)
      : order.lineItems[0]
    if (!line) throw new SimRequestError(400, 'lineItemId', 'Unknown line item')
    const issue: SimIssue = {
      id: input.id ?? this.world.newId(),
      sellerLogin: order.sellerLogin,
      type: input.type,
      orderId: order.id,
      buyerLogin: order.buyer.login,
      referenceNumber: claim ? `${++this.seq}/${openedAt.getUTCFullYear()}` : null,
      openedAt,
      subject: input.subject ?? null,
      description: input.description ?? null,
      // Disputes carry neither a reason nor a legal right (spec `PostPurchaseIssue`).
      reason: claim
        ? { type: input.reasonType ?? 'OTHER', description: input.reasonDescription ?? null }
        : null,
      right: claim ? (input.right ?? 'COMPLAINT') : null,
      expectations: claim ? (input.expectations ?? []) : [],
      offer: claim ? { id: line.offerId, quantity: input.quantity ?? 1 } : null,
      status: claim ? 'CLAIM_SUBMITTED' : 'DISPUTE_ONGOING',
      decisionDueAt: claim ? new Date(openedAt.getTime() + CLAIM_ANSWER_DAYS * DAY) : null,
      returnRequired: null,
      chatActive: true,
      decision: null,
    }
    if (this.issues.has(issue.id)) throw new SimRequestError(409, 'id', 'Issue exists')
    this.issues.set(issue.id, issue)
    this.addIssueMessage(issue, { text: input.text, role: 'BUYER', at: openedAt })
    return issue
  }

  /** Appends a chat message; buyers and sellers are named by login, Allegro's staff are not. */
  addIssueMessage(
    issue: SimIssue,
    input: { text: string; role: SimIssueRole; at?: Date },
  ): SimIssueMessage {
    const login =
      input.role === 'BUYER' ? issue.buyerLogin : input.role === 'SELLER' ? issue.sellerLogin : null
    const message: SimIssueMessage = {
      id: this.world.newId(),
      issueId: issue.id,
      seq: ++this.seq,
      text: input.text,
      role: input.role,
      authorLogin: login,
      createdAt: input.at ?? this.world.clock(),
    }
    this.issueMessages.push(message)
    return message
  }

  /** An issue's chat, newest first. */
  messagesOf(issueId: string): SimIssueMessage[] {
    return this.issueMessages
      .filter((message) => message.issueId === issueId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.seq - a.seq)
  }

  /** Refunds already made from a payment, oldest first. */
  refundsOfPayment(paymentId: string): SimRefund[] {
    return [...this.refunds.values()].filter((refund) => refund.paymentId === paymentId)
  }

  /**
   * Records a refund; a return of the same order waiting for its money is then finished, as
   * Allegro's timeline shows FINISHED once "the payment has been refunded" (spec).
   */
  addRefund(refund: SimRefund): void {
    this.refunds.set(refund.id, refund)
    for (const ret of this.returns.values()) {
      if (ret.orderId === refund.orderId && !['REJECTED', 'FINISHED'].includes(ret.status)) {
        ret.status = 'FINISHED'
      }
    }
    const refunded = new Set(refund.lines.map((line) => line.id))
    for (const claim of this.claims.values()) {
      if (claim.status === 'WAITING_FOR_PAYMENT_REFUND' && refunded.has(claim.lineItemId)) {
        claim.status = 'IN_PROGRESS'
      }
    }
  }

  /** Forgets everything. */
  reset(): void {
    for (const map of [this.returns, this.issues, this.refunds, this.claims]) map.clear()
    this.issueMessages.length = 0
  }
}
