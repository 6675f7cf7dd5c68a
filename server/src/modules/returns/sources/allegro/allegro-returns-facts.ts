import type { AllegroCustomerReturn, AllegroIssue } from './allegro-returns-types.js'

/** What an Allegro return or issue says about a case, in Aftersale's terms. */
export interface AllegroCaseFacts {
  /** The customer return's or issue's id. */
  externalId: string
  /** The checkout form id. */
  orderExternalId: string
  kind: 'withdrawal' | 'complaint'
  /** When the buyer made the request, as an ISO instant. */
  requestedAt: string
  buyerLogin: string
  buyerEmail?: string
  /** The buyer's own words, else Allegro's reason label; null when neither is given. */
  reason: string | null
  /** Allegro's reason codes (returns: per item; claims: the claim's reason). */
  reasonCodes: string[]
  /** `name` is null for issues, which name only the offer. */
  items: Array<{ offerId: string; name: string | null; quantity: number }>
  parcels: Array<{ carrierId: string | null; waybill: string }>
  /** Allegro's own status (CustomerReturn.status or PostPurchaseIssueStatus). */
  status: string
  /** Issues only. */
  issue?: {
    type: 'DISPUTE' | 'CLAIM'
    referenceNumber: string | null
    /** WARRANTY (gwarancja) or COMPLAINT (rękojmia, non-conformity); null for disputes. */
    right: 'WARRANTY' | 'COMPLAINT' | null
    /** Allegro's deadline to accept or reject a claim; null for disputes. */
    decisionDueAt: string | null
    /** REPAIR, EXCHANGE, REFUND, PARTIAL_REFUND. */
    expectations: string[]
    requestedRefund: { amountMinor: number; currency: string } | null
    chatActive: boolean
  }
}

const instant = (value: string) => new Date(value).toISOString()

/** "50.00" → 5000; Allegro sends amounts as decimal strings with up to two decimals. */
function minorUnits(amount: string): number {
  const [whole = '0', fraction = ''] = amount.trim().split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2))
}

/**
 * Facts of a customer return: a withdrawal from the contract (odstąpienie od umowy, art. 27
 * ustawy o prawach konsumenta), which is what Allegro's return form declares.
 */
export function customerReturnFacts(ret: AllegroCustomerReturn): AllegroCaseFacts {
  const comments = ret.items.flatMap((item) => item.reason?.userComment?.trim() || [])
  const codes = [...new Set(ret.items.flatMap((item) => item.reason?.type ?? []))]
  return {
    externalId: ret.id,
    orderExternalId: ret.orderId,
    kind: 'withdrawal',
    requestedAt: instant(ret.createdAt),
    buyerLogin: ret.buyer.login,
    ...(ret.buyer.email ? { buyerEmail: ret.buyer.email } : {}),
    reason: comments.length > 0 ? [...new Set(comments)].join('\n') : codes.join(', ') || null,
    reasonCodes: codes,
    items: ret.items.map((item) => ({
      offerId: item.offerId,
      name: item.name,
      quantity: item.quantity,
    })),
    parcels: (ret.parcels ?? []).flatMap((parcel) =>
      parcel.waybill ? [{ carrierId: parcel.carrierId ?? null, waybill: parcel.waybill }] : [],
    ),
    status: ret.status,
  }
}

/**
 * Facts of a dispute or claim; both are complaints. A CLAIM is a formal complaint under the
 * statutory non-conformity rules (right COMPLAINT, art. 43a–43g ustawy o prawach konsumenta) or
 * a guarantee (right WARRANTY). A DISPUTE ("dyskusja") is the buyer reporting a problem with the
 * purchase (not received, damaged, not as described) through Allegro: the spec gives it no
 * reason code and no right, so it is a complaint whose legal basis the agent settles.
 */
export function issueFacts(issue: AllegroIssue): AllegroCaseFacts {
  const first = issue.chat?.initialMessage
  const words = [first?.text, issue.description, issue.reason?.description, issue.subject]
  const refund = issue.expectations.find((e) => e.refund)?.refund ?? null
  const offerId = issue.offer?.id
  return {
    externalId: issue.id,
    orderExternalId: issue.checkoutForm.id,
    kind: 'complaint',
    // `openedDate` moves when an issue is reopened; the buyer's first message does not.
    requestedAt: instant(first?.createdAt ?? issue.openedDate),
    buyerLogin: issue.buyer.login,
    reason: words.map((w) => w?.trim()).find((w) => w) ?? null,
    reasonCodes: issue.reason?.type ? [issue.reason.type] : [],
    items: offerId ? [{ offerId, name: null, quantity: issue.offer?.quantity ?? 1 }] : [],
    parcels: [],
    status: issue.currentState.status,
    issue: {
      type: issue.type,
      referenceNumber: issue.referenceNumber,
      right: issue.type === 'CLAIM' ? (issue.right ?? null) : null,
      decisionDueAt: issue.decisionDueDate ? instant(issue.decisionDueDate) : null,
      expectations: issue.expectations.flatMap((e) => e.name ?? []),
      requestedRefund: refund
        ? { amountMinor: minorUnits(refund.amount), currency: refund.currency }
        : null,
      chatActive: issue.currentState.chatActive,
    },
  }
}
