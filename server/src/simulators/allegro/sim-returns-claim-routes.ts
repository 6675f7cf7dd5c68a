import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { apiGuard, callerOf } from './sim-api-guard.js'
import { sendApiError } from './sim-errors.js'
import { hundredthsOf } from './sim-order-money.js'
import { sendJson } from './sim-order-read-routes.js'
import { intParam, jsonBody, SimRequestError } from './sim-params.js'
import { presentRefundClaim } from './sim-returns-presenters.js'
import { CLAIM_STATUSES, type SimRefundClaim } from './sim-returns-records.js'

type Query = Record<string, string | string[] | undefined>

/** The simulator's flat commission rate; Allegro's real rates depend on the category. */
const COMMISSION_RATE = 0.1
/** Applications Allegro has not decided yet: they block a second one and may be cancelled. */
const OPEN: SimRefundClaim['status'][] = ['IN_PROGRESS', 'WAITING_FOR_PAYMENT_REFUND']

const single = (query: Query, name: string) => {
  const value = query[name]
  if (Array.isArray(value)) throw new SimRequestError(422, name, `${name} must be given once`)
  return value === '' ? undefined : value
}

/**
 * Registers `/order/refund-claims*`: commission refund applications (wnioski o rabat
 * transakcyjny) for line items the buyer returned or never paid for.
 */
export function registerSimRefundClaimRoutes(app: FastifyInstance, state: AllegroSimState) {
  const read = { onRequest: apiGuard(state, { scope: 'allegro:api:orders:read', body: 'none' }) }
  const write = { onRequest: apiGuard(state, { scope: 'allegro:api:orders:write', body: 'json' }) }
  const remove = { onRequest: apiGuard(state, { scope: 'allegro:api:orders:write', body: 'none' }) }
  const present = (claim: SimRefundClaim) =>
    presentRefundClaim(claim, state.orders.orders.get(claim.orderId)!)

  /** The claim named by the path: 404 unknown, 403 another seller's (spec). */
  const ownClaim = (request: FastifyRequest) => {
    const claim = state.returns.claims.get((request.params as { claimId: string }).claimId)
    if (!claim)
      throw new SimRequestError(404, 'claimId', 'Refund application not found', 'NOT_FOUND')
    if (claim.sellerLogin !== callerOf(request).login) {
      throw new SimRequestError(
        403,
        'claimId',
        'Refund application does not belong to you',
        'ACCESS_DENIED',
      )
    }
    return claim
  }

  app.post('/order/refund-claims', write, async (request, reply) => {
    const body = jsonBody(request.body)
    const lineItemId = (body.lineItem as { id?: unknown } | undefined)?.id
    const quantity = body.quantity
    if (typeof lineItemId !== 'string')
      throw new SimRequestError(422, 'lineItem.id', 'lineItem.id required')
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
      throw new SimRequestError(422, 'quantity', 'quantity must be greater than zero')
    }
    const login = callerOf(request).login
    const order = state.orders
      .ofSeller(login)
      .find((o) => o.lineItems.some((item) => item.id === lineItemId))
    const line = order?.lineItems.find((item) => item.id === lineItemId)
    if (!order || !line) throw new SimRequestError(422, 'lineItem.id', 'Unknown line item')
    if (quantity > line.quantity) {
      throw new SimRequestError(422, 'quantity', 'Quantity exceeds the quantity bought')
    }
    const open = [...state.returns.claims.values()].find(
      (c) => c.lineItemId === lineItemId && OPEN.includes(c.status),
    )
    if (open) {
      return sendApiError(reply, 422, {
        code: 'REFUND_CLAIM_ALREADY_EXISTS',
        message: `A refund application ${open.id} for this line item is being processed`,
        path: 'lineItem.id',
      })
    }
    const refunded = state.returns
      .refundsOfPayment(order.payment.id)
      .some((refund) => refund.lines.some((l) => l.id === lineItemId))
    const claim: SimRefundClaim = {
      id: state.newId(),
      sellerLogin: login,
      orderId: order.id,
      lineItemId,
      quantity,
      status: refunded ? 'IN_PROGRESS' : 'WAITING_FOR_PAYMENT_REFUND',
      createdAt: state.clock(),
      commissionHundredths: Math.round(hundredthsOf(line.price) * quantity * COMMISSION_RATE),
      currency: order.currency,
    }
    state.returns.claims.set(claim.id, claim)
    for (const ret of state.returns.returns.values()) {
      if (ret.orderId === order.id && ret.status === 'FINISHED')
        ret.status = 'COMMISSION_REFUND_CLAIMED'
    }
    return sendJson(reply, 201, { id: claim.id })
  })

  app.get('/order/refund-claims', read, async (request, reply) => {
    const query = request.query as Query
    const limit = intParam(single(query, 'limit'), 'limit', 1, 100, 25)
    const offset = intParam(single(query, 'offset'), 'offset', 0, 1_000_000, 0)
    const status = single(query, 'status')
    if (status !== undefined && !(CLAIM_STATUSES as readonly string[]).includes(status)) {
      throw new SimRequestError(422, 'status', `Unknown status ${status}`)
    }
    const offerId = single(query, 'lineItem.offer.id')
    const buyerId = single(query, 'buyer.id')
    const login = callerOf(request).login
    const matching = [...state.returns.claims.values()]
      .filter((claim) => claim.sellerLogin === login)
      .map(present)
      .filter(
        (claim) =>
          (status === undefined || claim.status === status) &&
          (offerId === undefined || claim.lineItem.offer.id === offerId) &&
          (buyerId === undefined || claim.buyer.id === buyerId),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
    const page = matching.slice(offset, offset + limit)
    return sendJson(reply, 200, { refundClaims: page, count: page.length })
  })

  app.get('/order/refund-claims/:claimId', read, async (request, reply) =>
    sendJson(reply, 200, present(ownClaim(request))),
  )

  app.delete('/order/refund-claims/:claimId', remove, async (request, reply) => {
    const claim = ownClaim(request)
    if (!OPEN.includes(claim.status)) {
      throw new SimRequestError(422, 'claimId', 'Refund application has already been processed')
    }
    claim.status = 'CANCELLED'
    return reply.code(204).send()
  })
}
