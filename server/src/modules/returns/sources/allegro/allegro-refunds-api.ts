import { AllegroApiError, UncertainOutcomeError } from '../../../channels/index.js'
import { type AllegroCaller, segment } from './allegro-caller.js'
import type {
  AllegroRefund,
  AllegroRefundClaim,
  AllegroRefundRequest,
} from './allegro-returns-types.js'

/** Filters of `GET /payments/refunds`. */
export interface RefundsFilter {
  id?: string
  'payment.id'?: string
  'order.id'?: string
  'occurredAt.gte'?: string
  'occurredAt.lte'?: string
  /** 1–100, 50 by default. */
  limit?: number
  offset?: number
}

/** Filters of `GET /order/refund-claims`. */
export interface RefundClaimsFilter {
  'lineItem.offer.id'?: string
  'buyer.id'?: string
  status?: AllegroRefundClaim['status']
  /** 1–100, 25 by default. */
  limit?: number
  offset?: number
}

/** Applications still counting against a line item: a new one would be refused or doubled. */
const LIVE_CLAIMS = ['IN_PROGRESS', 'WAITING_FOR_PAYMENT_REFUND', 'GRANTED', 'APPEALED']

/**
 * POST /payments/refunds: returns the buyer's money. `commandId` is the spec's idempotency key
 * ("If empty, idempotency will not be supported"): pass a UUID stored with the refund before
 * the first attempt (e.g. the refund row's id) and reuse it on every retry — Allegro then
 * answers a repeat with the refund already made, so retries (AllegroHttp's and a restarted
 * job's) never pay twice.
 */
export function createRefund(
  client: AllegroCaller,
  refund: AllegroRefundRequest,
  commandId: string,
): Promise<AllegroRefund> {
  return client.http.json({
    method: 'POST',
    path: '/payments/refunds',
    json: { ...refund, commandId },
  })
}

/** GET /payments/refunds: one page of refunds, e.g. every refund of one payment. */
export async function listRefunds(
  client: AllegroCaller,
  filter: RefundsFilter = {},
): Promise<AllegroRefund[]> {
  const page = await client.http.json<{ refunds?: AllegroRefund[] }>({
    method: 'GET',
    path: '/payments/refunds',
    query: { ...filter },
  })
  return page?.refunds ?? []
}

/** GET /order/refund-claims: one page of commission refund applications. */
export async function listRefundClaims(
  client: AllegroCaller,
  filter: RefundClaimsFilter = {},
): Promise<AllegroRefundClaim[]> {
  const page = await client.http.json<{ refundClaims?: AllegroRefundClaim[] }>({
    method: 'GET',
    path: '/order/refund-claims',
    query: { ...filter },
  })
  return page?.refundClaims ?? []
}

/** GET /order/refund-claims/{claimId}. */
export function getRefundClaim(
  client: AllegroCaller,
  claimId: string,
): Promise<AllegroRefundClaim> {
  return client.http.json({ method: 'GET', path: `/order/refund-claims/${segment(claimId)}` })
}

/** DELETE /order/refund-claims/{claimId}: withdraws an application Allegro has not decided. */
export async function cancelRefundClaim(client: AllegroCaller, claimId: string): Promise<void> {
  await client.http.json({ method: 'DELETE', path: `/order/refund-claims/${segment(claimId)}` })
}

/** The live application for a line item, found through its offer (the list's only handle). */
async function liveClaimFor(client: AllegroCaller, lineItemId: string, offerId: string) {
  const claims = await listRefundClaims(client, { 'lineItem.offer.id': offerId, limit: 100 })
  return claims.find((c) => c.lineItem.id === lineItemId && LIVE_CLAIMS.includes(c.status))
}

/**
 * POST /order/refund-claims: applies for the sale commission back on a returned line item.
 * The spec has no idempotency key, so the live application for the line item is looked up
 * first and after any doubtful or refused attempt; `created` says whether this call filed it.
 */
export async function createRefundClaim(
  client: AllegroCaller,
  claim: { lineItemId: string; offerId: string; quantity: number },
): Promise<{ id: string; created: boolean }> {
  const existing = await liveClaimFor(client, claim.lineItemId, claim.offerId)
  if (existing) return { id: existing.id, created: false }
  try {
    const answer = await client.http.json<{ id: string }>({
      method: 'POST',
      path: '/order/refund-claims',
      json: { lineItem: { id: claim.lineItemId }, quantity: claim.quantity },
      idempotent: false,
    })
    return { id: answer.id, created: true }
  } catch (error) {
    const doubtful = error instanceof UncertainOutcomeError
    const refused = error instanceof AllegroApiError && error.status === 422
    if (!doubtful && !refused) throw error
    const landed = await liveClaimFor(client, claim.lineItemId, claim.offerId)
    if (landed) return { id: landed.id, created: doubtful }
    throw error
  }
}
