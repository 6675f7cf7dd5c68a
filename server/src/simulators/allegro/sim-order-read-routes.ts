import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { apiGuard, callerOf, type GuardOptions } from './sim-api-guard.js'
import { ALLEGRO_JSON, sendApiError } from './sim-errors.js'
import { SIM_CARRIERS } from './sim-order-carriers.js'
import { presentCheckoutForm, presentOrderEvent, presentShipment } from './sim-order-presenters.js'
import { queryCheckoutForms } from './sim-order-query.js'
import { ORDER_EVENT_TYPES, type SimOrder } from './sim-order-records.js'
import { intParam, SimRequestError } from './sim-params.js'

const READ_SCOPE = 'allegro:api:orders:read'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
type Query = Record<string, string | string[] | undefined>

/** The caller's order named by the `:id` path parameter, or a 404 sent (foreign orders too). */
export function ownOrder(
  state: AllegroSimState,
  request: FastifyRequest,
  reply: FastifyReply,
): SimOrder | undefined {
  const order = state.orders.orders.get((request.params as { id: string }).id)
  // The spec answers 404 for an order that "doesn't belong to the seller", hiding that it exists.
  if (order && order.sellerLogin === callerOf(request).login) return order
  sendApiError(reply, 404, { code: 'NOT_FOUND', message: 'Checkout form not found' })
  return undefined
}

/** Answers with the Allegro media type. */
export const sendJson = (reply: FastifyReply, status: number, body: unknown) =>
  reply.code(status).type(ALLEGRO_JSON).send(body)

/**
 * `GET /order/carriers` accepts any user or application token without a scope (spec security),
 * so the guard is asked for a scope the token is known to hold.
 */
function anyScopeGuard(state: AllegroSimState, options: Omit<GuardOptions, 'scope'>) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
    const check = bearer ? state.tokens.checkAccess(bearer) : 'invalid'
    const scope = typeof check === 'object' ? (check.scopes[0] ?? '') : ''
    return apiGuard(state, { ...options, scope })(request, reply)
  }
}

/** Registers the event journal, checkout-form reads, shipment list and carrier list. */
export function registerSimOrderReadRoutes(app: FastifyInstance, state: AllegroSimState) {
  const read = { onRequest: apiGuard(state, { scope: READ_SCOPE, body: 'none' }) }
  const sellerId = (request: FastifyRequest) => state.addUser(callerOf(request).login).id

  app.get('/order/events', read, async (request, reply) => {
    const query = request.query as Query
    const limit = intParam(query.limit, 'limit', 1, 1000, 100)
    const from = typeof query.from === 'string' && query.from !== '' ? query.from : null
    if (from !== null && !/^\d{1,16}$/.test(from)) {
      throw new SimRequestError(422, 'from', 'from must be an event id')
    }
    const types = query.type === undefined ? null : [query.type].flat()
    for (const type of types ?? []) {
      if (!(ORDER_EVENT_TYPES as readonly string[]).includes(type)) {
        throw new SimRequestError(422, 'type', `Unknown event type ${type}`)
      }
    }
    const login = callerOf(request).login
    const events = state.orders
      .eventsOf(login, { after: from === null ? null : Number(from), types, limit })
      .map((event) =>
        presentOrderEvent(event, state.orders.orders.get(event.orderId)!, sellerId(request)),
      )
    return sendJson(reply, 200, { events })
  })

  app.get('/order/event-stats', read, async (request, reply) => {
    const latest = state.orders.latestEventOf(callerOf(request).login)
    const body = latest
      ? { latestEvent: { id: String(latest.seq), occurredAt: latest.occurredAt.toISOString() } }
      : {}
    return sendJson(reply, 200, body)
  })

  app.get('/order/checkout-forms', read, async (request, reply) => {
    const mine = state.orders.ofSeller(callerOf(request).login)
    const page = queryCheckoutForms(mine, request.query as Query)
    return sendJson(reply, 200, {
      checkoutForms: page.orders.map(presentCheckoutForm),
      count: page.orders.length,
      totalCount: page.totalCount,
    })
  })

  app.get('/order/checkout-forms/:id', read, async (request, reply) => {
    const { id } = request.params as { id: string }
    if (!UUID.test(id)) throw new SimRequestError(422, 'id', 'Checkout form id must be a UUID')
    const order = ownOrder(state, request, reply)
    return order && sendJson(reply, 200, presentCheckoutForm(order))
  })

  app.get('/order/checkout-forms/:id/shipments', read, async (request, reply) => {
    const order = ownOrder(state, request, reply)
    return order && sendJson(reply, 200, { shipments: order.shipments.map(presentShipment) })
  })

  const anyToken = { onRequest: anyScopeGuard(state, { body: 'none' }) }
  app.get('/order/carriers', anyToken, async (_request, reply) => {
    // "The response of this resource can be stored in accordance with returned caching headers."
    reply.header('cache-control', 'max-age=3600')
    return sendJson(reply, 200, { carriers: SIM_CARRIERS })
  })
}
