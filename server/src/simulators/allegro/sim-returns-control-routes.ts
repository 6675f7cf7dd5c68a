import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { controlBody, dateField } from './sim-order-control-routes.js'
import { SimRequestError } from './sim-params.js'
import {
  presentCustomerReturn,
  presentIssue,
  presentIssueMessage,
  presentRefund,
  presentRefundClaim,
} from './sim-returns-presenters.js'
import {
  CLAIM_STATUSES,
  ISSUE_STATUSES,
  RETURN_STATUSES,
  type SimClaimStatus,
  type SimIssue,
  type SimIssueRole,
  type SimReturnStatus,
} from './sim-returns-records.js'
import type { SimCustomerReturnInput, SimIssueInput } from './sim-returns-state.js'

type Body = Record<string, unknown>

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) {
    throw new SimRequestError(400, path, `${path} must be one of ${allowed.join(', ')}`)
  }
  return value as T
}

const required = (body: Body, key: string) => {
  if (typeof body[key] !== 'string' || body[key] === '') {
    throw new SimRequestError(400, key, `${key} required`)
  }
  return body[key] as string
}

/** Reads `POST /_control/customer-returns`: SimCustomerReturnInput with ISO dates. */
function readReturnInput(body: Body): SimCustomerReturnInput {
  const parcels = Array.isArray(body.parcels) ? (body.parcels as Body[]) : undefined
  return {
    ...(body as Partial<SimCustomerReturnInput>),
    orderId: required(body, 'orderId'),
    status: body.status === undefined ? undefined : oneOf(body.status, RETURN_STATUSES, 'status'),
    createdAt: dateField(body, 'createdAt'),
    parcels: parcels?.map((parcel) => ({
      ...(parcel as { waybill: string }),
      createdAt: dateField(parcel, 'createdAt'),
    })),
  }
}

/**
 * Registers `/_control/customer-returns*`, `/_control/issues*`, `/_control/refunds` and
 * `/_control/refund-claims*`: tests play the buyer (declare a return, open a dispute or claim,
 * write in its chat) and Allegro (move a return or claim along). Never expose publicly.
 */
export function registerSimReturnsControlRoutes(app: FastifyInstance, state: AllegroSimState) {
  const returns = state.returns
  const presentOne = (issue: SimIssue) =>
    presentIssue(
      issue,
      state.orders.orders.get(issue.orderId)!,
      state.addUser(issue.buyerLogin).id,
      returns.messagesOf(issue.id),
    )
  const found = <T>(map: Map<string, T>, request: FastifyRequest, reply: FastifyReply) => {
    const record = map.get((request.params as { id: string }).id)
    if (!record) void reply.code(404).send({ error: 'unknown id' })
    return record
  }
  const seller = (request: FastifyRequest) =>
    (request.query as Record<string, string | undefined>).sellerLogin

  app.post('/_control/customer-returns', async (request, reply) => {
    const ret = returns.addCustomerReturn(readReturnInput(controlBody(request)))
    return reply.code(201).send(presentCustomerReturn(ret))
  })

  app.get('/_control/customer-returns', async (request) =>
    [...returns.returns.values()]
      .filter((r) => !seller(request) || r.sellerLogin === seller(request))
      .map(presentCustomerReturn),
  )

  app.post('/_control/customer-returns/:id/status', async (request, reply) => {
    const ret = found(returns.returns, request, reply)
    if (!ret) return
    ret.status = oneOf<SimReturnStatus>(controlBody(request).status, RETURN_STATUSES, 'status')
    return presentCustomerReturn(ret)
  })

  app.post('/_control/issues', async (request, reply) => {
    const body = controlBody(request)
    const input: SimIssueInput = {
      ...(body as Partial<SimIssueInput>),
      orderId: required(body, 'orderId'),
      type: oneOf(body.type, ['DISPUTE', 'CLAIM'] as const, 'type'),
      text: required(body, 'text'),
      openedAt: dateField(body, 'openedAt'),
    }
    return reply.code(201).send(presentOne(returns.openIssue(input)))
  })

  app.get('/_control/issues', async (request) =>
    [...returns.issues.values()]
      .filter((i) => !seller(request) || i.sellerLogin === seller(request))
      .map(presentOne),
  )

  app.post('/_control/issues/:id/messages', async (request, reply) => {
    const issue = found(returns.issues, request, reply)
    if (!issue) return
    const body = controlBody(request)
    const role = oneOf<SimIssueRole>(body.role ?? 'BUYER', ['BUYER', 'ADMIN', 'SYSTEM'], 'role')
    const message = returns.addIssueMessage(issue, {
      text: required(body, 'text'),
      role,
      at: dateField(body, 'at'),
    })
    return reply.code(201).send(presentIssueMessage(message))
  })

  app.post('/_control/issues/:id/state', async (request, reply) => {
    const issue = found(returns.issues, request, reply)
    if (!issue) return
    const body = controlBody(request)
    if (body.status !== undefined) issue.status = oneOf(body.status, ISSUE_STATUSES, 'status')
    if (typeof body.chatActive === 'boolean') issue.chatActive = body.chatActive
    return presentOne(issue)
  })

  app.get('/_control/refunds', async (request) =>
    [...returns.refunds.values()]
      .filter((r) => !seller(request) || r.sellerLogin === seller(request))
      .map(presentRefund),
  )

  app.post('/_control/refund-claims/:id/status', async (request, reply) => {
    const claim = found(returns.claims, request, reply)
    if (!claim) return
    claim.status = oneOf<SimClaimStatus>(controlBody(request).status, CLAIM_STATUSES, 'status')
    return presentRefundClaim(claim, state.orders.orders.get(claim.orderId)!)
  })
}
