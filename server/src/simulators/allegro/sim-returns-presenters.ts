import { amountOf } from './sim-order-money.js'
import type { SimOrder } from './sim-order-records.js'
import type {
  SimCustomerReturn,
  SimIssue,
  SimIssueMessage,
  SimRefund,
  SimRefundClaim,
} from './sim-returns-records.js'

const iso = (date: Date) => date.toISOString()

/** A customer return in the spec's `CustomerReturn` shape. */
export function presentCustomerReturn(ret: SimCustomerReturn) {
  return {
    id: ret.id,
    isFulfillment: false,
    createdAt: iso(ret.createdAt),
    referenceNumber: ret.referenceNumber,
    orderId: ret.orderId,
    buyer: { email: ret.buyerEmail, login: ret.buyerLogin },
    items: ret.items.map((item) => ({
      offerId: item.offerId,
      quantity: item.quantity,
      name: item.name,
      price: { amount: item.price, currency: ret.currency },
      url: `https://allegro.pl/oferta/${item.offerId}`,
      reason: {
        type: item.reasonType,
        ...(item.userComment ? { userComment: item.userComment } : {}),
      },
      serialNumbers: [],
    })),
    ...(ret.bankAccount
      ? {
          refund: {
            bankAccount: {
              owner: ret.bankAccount.owner,
              accountNumber: ret.bankAccount.iban.slice(2),
              iban: ret.bankAccount.iban,
            },
          },
        }
      : {}),
    parcels: ret.parcels.map((parcel) => ({
      createdAt: iso(parcel.createdAt),
      waybill: parcel.waybill,
      transportingWaybill: parcel.transportingWaybill,
      carrierId: parcel.carrierId,
      transportingCarrierId: parcel.transportingCarrierId,
      sender: { phoneNumber: parcel.senderPhone },
    })),
    ...(ret.rejection
      ? {
          rejection: {
            code: ret.rejection.code,
            ...(ret.rejection.reason ? { reason: ret.rejection.reason } : {}),
            createdAt: iso(ret.rejection.createdAt),
          },
        }
      : {}),
    marketplaceId: ret.marketplaceId,
    status: ret.status,
  }
}

/** A chat entry in the spec's `PostPurchaseIssueChatMessage` shape. */
export function presentIssueMessage(message: SimIssueMessage) {
  return {
    id: message.id,
    text: message.text,
    attachments: [],
    author: {
      ...(message.authorLogin ? { login: message.authorLogin } : {}),
      role: message.role,
    },
    createdAt: iso(message.createdAt),
  }
}

/** Spec `PostPurchaseIssueLastMessage.status`: NEW until the seller has written once. */
function lastMessageStatus(newestFirst: SimIssueMessage[]) {
  const last = newestFirst[0]
  if (!newestFirst.some((m) => m.role === 'SELLER')) return 'NEW'
  if (last?.role === 'SELLER') return 'SELLER_REPLIED'
  if (last?.role === 'BUYER') return 'BUYER_REPLIED'
  return 'ALLEGRO_ADVISOR_REPLIED'
}

/** An issue in the spec's `PostPurchaseIssue` shape; `chat` is newest first. */
export function presentIssue(
  issue: SimIssue,
  order: SimOrder,
  buyerId: string,
  chat: SimIssueMessage[],
) {
  const first = chat.at(-1)
  return {
    id: issue.id,
    type: issue.type,
    referenceNumber: issue.referenceNumber,
    decisionDueDate: issue.decisionDueAt && iso(issue.decisionDueAt),
    openedDate: iso(issue.openedAt),
    subject: issue.subject,
    buyer: { id: buyerId, login: issue.buyerLogin },
    checkoutForm: { id: order.id, createdAt: iso(order.lineItems[0]!.boughtAt) },
    currentState: {
      status: issue.status,
      statusDueDate:
        issue.status === 'CLAIM_SUBMITTED' && issue.decisionDueAt ? iso(issue.decisionDueAt) : null,
      returnRequired: issue.type === 'CLAIM' ? issue.returnRequired : null,
      chatActive: issue.chatActive,
    },
    chat: {
      lastMessage: {
        status: lastMessageStatus(chat),
        createdAt: chat[0] && iso(chat[0].createdAt),
      },
      messagesCount: chat.length,
      initialMessage: first && presentIssueMessage(first),
    },
    expectations: issue.expectations,
    description: issue.description,
    offer: issue.offer,
    product: null,
    reason: issue.reason,
    right: issue.right,
    attachments: [],
  }
}

/** A refund in the spec's `RefundDetails` shape. */
export function presentRefund(refund: SimRefund) {
  const money = (hundredths: number) => ({
    amount: amountOf(hundredths),
    currency: refund.currency,
  })
  const total = refund.lines.reduce((sum, line) => sum + line.hundredths, refund.deliveryHundredths)
  return {
    id: refund.id,
    payment: { id: refund.paymentId },
    order: { id: refund.orderId },
    reason: refund.reason,
    status: refund.status,
    createdAt: iso(refund.createdAt),
    totalValue: money(total),
    lineItems: refund.lines.map((line) =>
      line.type === 'QUANTITY'
        ? { id: line.id, type: line.type, quantity: line.quantity }
        : { id: line.id, type: line.type, value: money(line.hundredths) },
    ),
    ...(refund.deliveryHundredths > 0
      ? { delivery: { value: money(refund.deliveryHundredths) } }
      : {}),
    ...(refund.sellerComment ? { sellerComment: refund.sellerComment } : {}),
  }
}

/** A commission refund application in the spec's `RefundClaim` shape. */
export function presentRefundClaim(claim: SimRefundClaim, order: SimOrder) {
  const line = order.lineItems.find((item) => item.id === claim.lineItemId)!
  return {
    id: claim.id,
    status: claim.status,
    quantity: claim.quantity,
    // The spec types this amount as a JSON number, unlike every other Allegro amount.
    commission: { amount: claim.commissionHundredths / 100, currency: claim.currency },
    buyer: { id: order.buyer.id },
    createdAt: iso(claim.createdAt),
    lineItem: {
      id: line.id,
      quantity: line.quantity,
      boughtAt: iso(line.boughtAt),
      offer: { id: line.offerId },
    },
    type: 'MANUAL',
  }
}
