import type { FastifyInstance } from 'fastify'
import { bodyOf, parcelInput, statusInput } from './inpost-sim-control-input.js'
import { InpostSimRequestError } from './inpost-sim-errors.js'
import { presentTracking } from './inpost-sim-presenter.js'
import type { InpostSimConfig } from './inpost-sim-records.js'
import type { InpostSimState } from './inpost-sim-state.js'
import { type InpostDemoParcel, seedInpostDemo } from './seed-inpost-demo.js'

/**
 * Registers `/_control/*`: lets tests in other processes create parcels and move them along,
 * inject faults, tune limits and read what clients sent. Unauthenticated: never expose publicly.
 */
export function registerInpostControlRoutes(app: FastifyInstance, state: InpostSimState) {
  app.post('/_control/reset', async () => {
    state.reset()
    return { ok: true }
  })

  app.post('/_control/parcels', async (request, reply) => {
    const parcel = state.createParcel(parcelInput(request.body))
    return reply.code(201).send(presentTracking(parcel))
  })

  app.get('/_control/parcels', async () => [...state.parcels.values()].map(presentTracking))

  app.post('/_control/parcels/:trackingNumber/statuses', async (request, reply) => {
    const { trackingNumber } = request.params as { trackingNumber: string }
    const body = bodyOf(request.body)
    const inputs = Array.isArray(body.statuses)
      ? body.statuses.map(statusInput)
      : [statusInput(body)]
    if (!state.parcels.has(trackingNumber)) {
      throw new InpostSimRequestError(404, `No parcel ${trackingNumber}`)
    }
    for (const input of inputs) state.appendStatus(trackingNumber, input)
    return reply.code(201).send(presentTracking(state.parcels.get(trackingNumber)!))
  })

  app.post('/_control/seed', async (request) => {
    const body = bodyOf(request.body)
    const parcels = Array.isArray(body.parcels) ? (body.parcels as InpostDemoParcel[]) : undefined
    const now = typeof body.now === 'string' ? new Date(body.now) : undefined
    return seedInpostDemo(state, parcels, { now })
  })

  app.post('/_control/faults', async (request) => {
    const body = bodyOf(request.body)
    if (typeof body.pattern !== 'string') {
      throw new InpostSimRequestError(400, 'pattern required', { pattern: ['required'] })
    }
    const retryAfter = body.retryAfterSeconds
    state.traffic.failNext(
      body.pattern,
      Number(body.status ?? 500),
      Number(body.count ?? 1),
      typeof retryAfter === 'number' ? retryAfter : null,
    )
    return { ok: true }
  })

  app.put('/_control/config', async (request) => {
    const body = bodyOf(request.body) as Partial<InpostSimConfig>
    for (const key of Object.keys(state.config) as (keyof InpostSimConfig)[]) {
      if (key in body) Object.assign(state.config, { [key]: body[key] })
    }
    return state.config
  })

  app.post('/_control/tokens', async (request) => {
    const token = bodyOf(request.body).token
    if (typeof token !== 'string' || token === '') {
      throw new InpostSimRequestError(400, 'token required', { token: ['required'] })
    }
    state.tokens.add(token)
    return { ok: true }
  })

  app.get('/_control/requests', async () => state.requests)
}
