import type { FastifyInstance } from 'fastify'
import { sendShipxError } from './inpost-sim-errors.js'
import { presentTracking } from './inpost-sim-presenter.js'
import type { InpostSimState } from './inpost-sim-state.js'

/**
 * Registers `GET /v1/tracking/:tracking_number` (ShipX API docs "Shipment Tracking"): public,
 * a bearer token optional unless the simulator is told to require one; unknown numbers and
 * parcels past the 45-day retention answer 404 resource_not_found.
 */
export function registerInpostTrackingRoutes(app: FastifyInstance, state: InpostSimState) {
  app.get('/v1/tracking/:tracking_number', async (request, reply) => {
    const { tracking_number: number } = request.params as { tracking_number: string }
    const parcel = state.trackable(number.trim())
    if (!parcel) {
      return sendShipxError(reply, 404, 'Resource you are looking for are not found', {})
    }
    return reply.type('application/json').send(presentTracking(parcel))
  })
}
