import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { callerOf } from './sim-api-guard.js'
import { jsonBody, SimRequestError } from './sim-params.js'
import { betaGuard, sendBetaJson } from './sim-returns-guard.js'
import { presentCustomerReturn } from './sim-returns-presenters.js'
import { queryCustomerReturns } from './sim-returns-query.js'
import { REJECTION_CODES, type SimCustomerReturn } from './sim-returns-records.js'

type Query = Record<string, string | string[] | undefined>

/** The caller's return named by the path, else a 404 (another seller's return too). */
function ownReturn(state: AllegroSimState, request: FastifyRequest): SimCustomerReturn {
  const { customerReturnId } = request.params as { customerReturnId: string }
  const ret = state.returns.returns.get(customerReturnId)
  if (ret && ret.sellerLogin === callerOf(request).login) return ret
  throw new SimRequestError(404, 'customerReturnId', 'Customer return not found', 'NOT_FOUND')
}

/** Reads `CustomerReturnRefundRejectionRequest`. */
function readRejection(body: Record<string, unknown>) {
  const rejection = body.rejection as { code?: unknown; reason?: unknown } | undefined
  const code = rejection?.code as (typeof REJECTION_CODES)[number]
  if (!REJECTION_CODES.includes(code)) {
    throw new SimRequestError(422, 'rejection.code', 'Unknown rejection code')
  }
  const reason = rejection?.reason
  if (
    reason !== undefined &&
    (typeof reason !== 'string' || reason.length < 1 || reason.length > 250)
  ) {
    throw new SimRequestError(422, 'rejection.reason', 'reason must have 1 to 250 characters')
  }
  // "Refund rejection reason, required when code is REFUND_REJECTED" (spec).
  if (code === 'REFUND_REJECTED' && reason === undefined) {
    throw new SimRequestError(422, 'rejection.reason', 'reason is required for REFUND_REJECTED')
  }
  return { code, reason: (reason as string | undefined) ?? null }
}

/** Registers `/order/customer-returns*` (beta): list, one return, and refusing its refund. */
export function registerSimCustomerReturnRoutes(app: FastifyInstance, state: AllegroSimState) {
  const read = { onRequest: betaGuard(state, { scope: 'allegro:api:orders:read', body: 'none' }) }
  const write = { onRequest: betaGuard(state, { scope: 'allegro:api:orders:write', body: 'json' }) }
  const mine = (request: FastifyRequest) =>
    [...state.returns.returns.values()].filter((r) => r.sellerLogin === callerOf(request).login)

  app.get('/order/customer-returns', read, async (request, reply) => {
    const page = queryCustomerReturns(mine(request), request.query as Query)
    return sendBetaJson(reply, 200, {
      customerReturns: page.map(presentCustomerReturn),
      count: page.length,
    })
  })

  app.get('/order/customer-returns/:customerReturnId', read, async (request, reply) =>
    sendBetaJson(reply, 200, presentCustomerReturn(ownReturn(state, request))),
  )

  app.post('/order/customer-returns/:customerReturnId/rejection', write, async (request, reply) => {
    const ret = ownReturn(state, request)
    const rejection = readRejection(jsonBody(request.body))
    // The spec's 422 "might occur when customer return has already been rejected".
    if (ret.rejection) {
      throw new SimRequestError(422, 'customerReturnId', 'Customer return already rejected')
    }
    if (
      ['FINISHED', 'FINISHED_APT', 'COMMISSION_REFUND_CLAIMED', 'COMMISSION_REFUNDED'].includes(
        ret.status,
      )
    ) {
      throw new SimRequestError(422, 'customerReturnId', 'The payment has already been refunded')
    }
    ret.rejection = { ...rejection, createdAt: state.clock() }
    ret.status = 'REJECTED'
    return sendBetaJson(reply, 200, presentCustomerReturn(ret))
  })
}
