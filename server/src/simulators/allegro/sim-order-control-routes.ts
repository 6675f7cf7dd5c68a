import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import type { SimOrderInput } from './sim-order-build.js'
import { presentCheckoutForm, presentShipment } from './sim-order-presenters.js'
import { FULFILLMENT_STATUSES, type SimFulfillmentStatus } from './sim-order-records.js'
import { SimRequestError } from './sim-params.js'

type Body = Record<string, unknown>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Parses a `/_control` JSON body (empty means `{}`), else a 400. */
export function controlBody(request: FastifyRequest): Body {
  const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : ''
  if (text.trim() === '') return {}
  try {
    const parsed = JSON.parse(text) as unknown
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Body
  } catch {
    // Falls through to the 400 below.
  }
  throw new SimRequestError(400, null, 'Malformed JSON')
}

/** Reads an optional ISO date field of a control body, else a 400. */
export function dateField(body: Body, key: string): Date | undefined {
  if (body[key] === undefined || body[key] === null) return undefined
  const date = new Date(String(body[key]))
  if (Number.isNaN(date.getTime())) throw new SimRequestError(400, key, `${key} must be a date`)
  return date
}

/** Reads `POST /_control/orders`: the JSON form of SimOrderInput with ISO dates. */
export function readOrderInput(body: Body): SimOrderInput {
  for (const key of ['sellerLogin', 'buyerLogin']) {
    if (typeof body[key] !== 'string' || body[key] === '') {
      throw new SimRequestError(400, key, `${key} required`)
    }
  }
  if (body.id !== undefined && (typeof body.id !== 'string' || !UUID.test(body.id))) {
    throw new SimRequestError(400, 'id', 'id must be a UUID')
  }
  const items = Array.isArray(body.items) ? (body.items as Body[]) : []
  return {
    ...(body as Partial<SimOrderInput>),
    sellerLogin: body.sellerLogin as string,
    buyerLogin: body.buyerLogin as string,
    items: items.map((item, index) => {
      if (typeof item?.name !== 'string' || typeof item.priceAmount !== 'string') {
        throw new SimRequestError(400, `items[${index}]`, 'name and priceAmount required')
      }
      return {
        name: item.name,
        quantity: item.quantity === undefined ? 1 : Number(item.quantity),
        priceAmount: item.priceAmount,
        externalId: typeof item.externalId === 'string' ? item.externalId : null,
        ...(typeof item.offerId === 'string' ? { offerId: item.offerId } : {}),
      }
    }),
    boughtAt: dateField(body, 'boughtAt'),
    dispatchBy: dateField(body, 'dispatchBy'),
  }
}

/**
 * Registers `/_control/orders*`: tests place orders as a buyer, cancel them, change what
 * Allegro changes on its own (RETURNED) and read what the seller pushed. Never expose publicly.
 */
export function registerSimOrderControlRoutes(app: FastifyInstance, state: AllegroSimState) {
  const found = (request: FastifyRequest, reply: FastifyReply) => {
    const order = state.orders.orders.get((request.params as { id: string }).id)
    if (!order) void reply.code(404).send({ error: 'unknown order' })
    return order
  }

  app.post('/_control/orders', async (request, reply) => {
    const input = readOrderInput(controlBody(request))
    state.addUser(input.sellerLogin)
    if (input.id && state.orders.orders.has(input.id)) {
      throw new SimRequestError(409, 'id', `Order ${input.id} already exists`)
    }
    return reply.code(201).send(presentCheckoutForm(state.orders.create(input)))
  })

  app.get('/_control/orders', async (request) => {
    const seller = (request.query as Record<string, string | undefined>).sellerLogin
    const orders = [...state.orders.orders.values()]
    return orders.filter((o) => !seller || o.sellerLogin === seller).map(presentCheckoutForm)
  })

  app.post('/_control/orders/:id/cancel', async (request, reply) => {
    const order = found(request, reply)
    if (!order) return
    state.orders.cancel(order, { auto: controlBody(request).auto === true })
    return presentCheckoutForm(order)
  })

  app.post('/_control/orders/:id/fulfillment', async (request, reply) => {
    const order = found(request, reply)
    if (!order) return
    const status = controlBody(request).status as SimFulfillmentStatus
    if (!FULFILLMENT_STATUSES.includes(status)) {
      throw new SimRequestError(400, 'status', 'Unknown fulfillment status')
    }
    state.orders.setFulfillment(order, status)
    return presentCheckoutForm(order)
  })

  app.get('/_control/orders/:id/shipments', async (request, reply) => {
    const order = found(request, reply)
    return order?.shipments.map(presentShipment)
  })
}
