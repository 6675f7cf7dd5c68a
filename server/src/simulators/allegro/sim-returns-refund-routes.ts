import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { apiGuard, callerOf } from './sim-api-guard.js'
import { sendJson } from './sim-order-read-routes.js'
import { dateParam, intParam, jsonBody, SimRequestError } from './sim-params.js'
import { presentRefund } from './sim-returns-presenters.js'
import type { SimRefund } from './sim-returns-records.js'
import { readRefundHeader, readRefundRequest } from './sim-returns-refund-input.js'

type Query = Record<string, string | string[] | undefined>

const REFUND_STATUSES = ['WAITING', 'IN_PROGRESS', 'SUCCESS', 'CANCELED', 'PARTIAL']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const single = (query: Query, name: string) => {
  const value = query[name]
  if (Array.isArray(value)) throw new SimRequestError(422, name, `${name} must be given once`)
  return value === '' ? undefined : value
}

const uuidParam = (query: Query, name: string) => {
  const value = single(query, name)
  if (value !== undefined && !UUID.test(value)) {
    throw new SimRequestError(422, name, `${name} must be a UUID`)
  }
  return value
}

/** Registers `POST|GET /payments/refunds`: refunding a buyer's payment and listing refunds. */
export function registerSimRefundRoutes(app: FastifyInstance, state: AllegroSimState) {
  const write = {
    onRequest: apiGuard(state, { scope: 'allegro:api:payments:write', body: 'json' }),
  }
  const read = { onRequest: apiGuard(state, { scope: 'allegro:api:payments:read', body: 'none' }) }
  const mine = (request: FastifyRequest) =>
    [...state.returns.refunds.values()].filter((r) => r.sellerLogin === callerOf(request).login)

  app.post('/payments/refunds', write, async (request, reply) => {
    const body = jsonBody(request.body)
    const header = readRefundHeader(body)
    const login = callerOf(request).login
    const order = state.orders.orders.get(header.orderId)
    if (!order || order.sellerLogin !== login || order.payment.id !== header.paymentId) {
      throw new SimRequestError(404, 'payment.id', 'Payment not found', 'NOT_FOUND')
    }
    // The command id makes a repeated request answer the refund it already made.
    const repeated = header.commandId
      ? mine(request).find((refund) => refund.commandId === header.commandId)
      : undefined
    if (repeated) return sendJson(reply, 200, presentRefund(repeated))
    const input = readRefundRequest(body, order, state.returns.refundsOfPayment(order.payment.id))
    const refund: SimRefund = {
      ...input,
      id: state.newId(),
      sellerLogin: login,
      status: 'NEW',
      createdAt: state.clock(),
      currency: order.currency,
    }
    const answer = presentRefund(refund)
    // Payouts are processed right after they are accepted; later reads show the result.
    refund.status = 'SUCCESS'
    state.returns.addRefund(refund)
    return sendJson(reply, 200, answer)
  })

  app.get('/payments/refunds', read, async (request, reply) => {
    const query = request.query as Query
    const limit = intParam(single(query, 'limit'), 'limit', 1, 100, 50)
    const offset = intParam(single(query, 'offset'), 'offset', 0, 1_000_000, 0)
    const id = uuidParam(query, 'id')
    const paymentId = uuidParam(query, 'payment.id')
    const orderId = uuidParam(query, 'order.id')
    const gte = dateParam(single(query, 'occurredAt.gte'), 'occurredAt.gte')
    const lte = dateParam(single(query, 'occurredAt.lte'), 'occurredAt.lte')
    const statuses = query.status === undefined ? null : [query.status].flat()
    for (const status of statuses ?? []) {
      if (!REFUND_STATUSES.includes(status)) {
        throw new SimRequestError(422, 'status', `Unknown status ${status}`)
      }
    }
    const matching = mine(request)
      .filter(
        (r) =>
          (id === undefined || r.id === id) &&
          (paymentId === undefined || r.paymentId === paymentId) &&
          (orderId === undefined || r.orderId === orderId) &&
          (!gte || r.createdAt >= gte) &&
          (!lte || r.createdAt <= lte) &&
          (!statuses || statuses.includes(r.status)),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
    const page = matching.slice(offset, offset + limit)
    return sendJson(reply, 200, {
      refunds: page.map(presentRefund),
      count: page.length,
      totalCount: matching.length,
    })
  })
}
