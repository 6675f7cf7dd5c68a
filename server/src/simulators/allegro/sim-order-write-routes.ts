import type { FastifyInstance } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { apiGuard } from './sim-api-guard.js'
import { sendApiError } from './sim-errors.js'
import { isKnownCarrier } from './sim-order-carriers.js'
import { presentShipment } from './sim-order-presenters.js'
import { ownOrder, sendJson } from './sim-order-read-routes.js'
import { FULFILLMENT_STATUSES, type SimFulfillmentStatus } from './sim-order-records.js'
import { jsonBody, SimRequestError } from './sim-params.js'

const WRITE_SCOPE = 'allegro:api:orders:write'

/** Reads `CheckoutFormAddWaybillRequest`, answering 400 for the field errors the spec lists. */
function readWaybillRequest(body: Record<string, unknown>) {
  const { carrierId, waybill, carrierName, lineItems } = body
  if (typeof carrierId !== 'string' || !isKnownCarrier(carrierId)) {
    throw new SimRequestError(400, 'carrierId', 'Unknown carrier id')
  }
  if (typeof waybill !== 'string' || waybill.trim() === '' || waybill.length > 64) {
    throw new SimRequestError(
      400,
      'waybill',
      'Waybill cannot be empty or longer than 64 characters',
    )
  }
  let name: string | null = null
  if (carrierId === 'OTHER') {
    if (typeof carrierName !== 'string' || carrierName.trim() === '' || carrierName.length > 30) {
      throw new SimRequestError(400, 'carrierName', 'Carrier name (up to 30 characters) required')
    }
    name = carrierName
  }
  if (lineItems !== undefined && !Array.isArray(lineItems)) {
    throw new SimRequestError(400, 'lineItems', 'lineItems must be an array')
  }
  const ids = (lineItems ?? []).map((item: unknown, index: number) => {
    const id = (item as { id?: unknown } | null)?.id
    if (typeof id !== 'string')
      throw new SimRequestError(400, `lineItems[${index}].id`, 'id required')
    return id
  })
  return { carrierId, waybill: waybill.trim(), carrierName: name, lineItemIds: ids }
}

/** Registers adding tracking numbers and setting the seller status of an order. */
export function registerSimOrderWriteRoutes(app: FastifyInstance, state: AllegroSimState) {
  const write = { onRequest: apiGuard(state, { scope: WRITE_SCOPE, body: 'json' }) }

  app.post('/order/checkout-forms/:id/shipments', write, async (request, reply) => {
    const order = ownOrder(state, request, reply)
    if (!order) return
    const input = readWaybillRequest(jsonBody(request.body))
    const known = new Set(order.lineItems.map((item) => item.id))
    const foreign = input.lineItemIds.find((id) => !known.has(id))
    if (foreign) {
      return sendApiError(reply, 422, {
        code: 'VALIDATION_ERROR',
        message: `Line item ${foreign} does not belong to the order`,
        path: 'lineItems',
      })
    }
    const duplicate = order.shipments.some(
      (s) => s.carrierId === input.carrierId && s.waybill === input.waybill,
    )
    if (duplicate) {
      // The spec's 409 is "Maximum waybill usage exceeded"; a waybill already on this order
      // counts as used up for it.
      return sendApiError(reply, 409, {
        code: 'WAYBILL_USAGE_EXCEEDED',
        message: `Waybill ${input.waybill} is already assigned to this order`,
        path: 'waybill',
      })
    }
    return sendJson(reply, 201, presentShipment(state.orders.addShipment(order, input)))
  })

  app.put('/order/checkout-forms/:id/fulfillment', write, async (request, reply) => {
    const order = ownOrder(state, request, reply)
    if (!order) return
    const body = jsonBody(request.body)
    const status = body.status as SimFulfillmentStatus
    if (!FULFILLMENT_STATUSES.includes(status)) {
      throw new SimRequestError(422, 'status', 'Unrecognized fulfillment status')
    }
    // "The RETURNED status cannot be set by the seller" (spec CheckoutFormFulfillmentStatus).
    if (status === 'RETURNED') {
      throw new SimRequestError(422, 'status', 'Status RETURNED cannot be set by the seller')
    }
    const revision = (request.query as Record<string, unknown>)['checkoutForm.revision']
    if (typeof revision === 'string' && revision !== '' && revision !== order.revision) {
      return sendApiError(reply, 409, {
        code: 'CONFLICT',
        message: 'Provided revision is outdated',
        path: 'checkoutForm.revision',
      })
    }
    state.orders.setFulfillment(order, status)
    return reply.code(204).send()
  })
}
