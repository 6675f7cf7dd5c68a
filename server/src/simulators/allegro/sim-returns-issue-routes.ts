import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { callerOf } from './sim-api-guard.js'
import { hundredthsOf } from './sim-order-money.js'
import { intParam, jsonBody, SimRequestError } from './sim-params.js'
import { betaGuard, sendBetaJson } from './sim-returns-guard.js'
import { presentIssue, presentIssueMessage } from './sim-returns-presenters.js'
import { ISSUE_STATUSES, type SimIssue } from './sim-returns-records.js'

type Query = Record<string, string | string[] | undefined>

const SCOPE = 'allegro:api:disputes'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MESSAGE_TYPES = [
  'REGULAR',
  'END_REQUEST',
  'RETURN_REQUIRED_SELLER_LABEL',
  'RETURN_REQUIRED_CUSTOM',
  'RETURN_NOT_REQUIRED',
]
/** Spec `ClaimStatusChangeRequest.status`; ACCEPTED_* accept the claim, REJECTED_* refuse it. */
const CLAIM_DECISIONS = [
  'ACCEPTED_REPAIR',
  'ACCEPTED_REFUND',
  'ACCEPTED_EXCHANGE',
  'ACCEPTED_PARTIAL_REFUND',
  'REJECTED_ADDITIONAL_REQUIREMENTS_NOT_COMPLETED',
  'REJECTED_PRODUCT_NOT_RETURNED',
  'REJECTED_PRODUCT_DAMAGED_BY_USER',
  'REJECTED_PRODUCT_CONFORMS_TO_CONTRACT',
  'REJECTED_MINOR_DEFECT',
  'REJECTED_OTHER',
  'REJECTED_CLAIM_WITHDRAWN_BY_BUYER',
]

const single = (query: Query, name: string) => {
  const value = query[name]
  if (Array.isArray(value)) throw new SimRequestError(422, name, `${name} must be given once`)
  return value === '' ? undefined : value
}

/** The caller's issue named by the path, else a 404 (another seller's issue too). */
function ownIssue(state: AllegroSimState, request: FastifyRequest): SimIssue {
  const { issueId } = request.params as { issueId: string }
  const issue = state.returns.issues.get(issueId)
  if (issue && issue.sellerLogin === callerOf(request).login) return issue
  throw new SimRequestError(404, 'issueId', 'Issue not found', 'NOT_FOUND')
}

/** Registers `/sale/issues*` (beta): disputes and claims, their chat, replies and decisions. */
export function registerSimIssueRoutes(app: FastifyInstance, state: AllegroSimState) {
  const read = { onRequest: betaGuard(state, { scope: SCOPE, body: 'none' }) }
  const write = { onRequest: betaGuard(state, { scope: SCOPE, body: 'json' }) }
  const present = (issue: SimIssue) =>
    presentIssue(
      issue,
      state.orders.orders.get(issue.orderId)!,
      state.addUser(issue.buyerLogin).id,
      state.returns.messagesOf(issue.id),
    )

  app.get('/sale/issues', read, async (request, reply) => {
    const query = request.query as Query
    const limit = intParam(single(query, 'limit'), 'limit', 1, 100, 10)
    const offset = intParam(single(query, 'offset'), 'offset', 0, 1_000_000, 0)
    const formId = single(query, 'checkoutForm.id')
    if (formId !== undefined && !UUID.test(formId)) {
      throw new SimRequestError(422, 'checkoutForm.id', 'checkoutForm.id must be a UUID')
    }
    const statuses = query.status === undefined ? null : [query.status].flat()
    for (const status of statuses ?? []) {
      if (!(ISSUE_STATUSES as readonly string[]).includes(status)) {
        throw new SimRequestError(422, 'status', `Unknown status ${status}`)
      }
    }
    const login = callerOf(request).login
    const issues = [...state.returns.issues.values()]
      .filter(
        (issue) =>
          issue.sellerLogin === login &&
          (formId === undefined || issue.orderId === formId) &&
          (!statuses || statuses.includes(issue.status)),
      )
      // "ordered by descending opened date" (spec).
      .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime() || a.id.localeCompare(b.id))
    return sendBetaJson(reply, 200, { issues: issues.slice(offset, offset + limit).map(present) })
  })

  app.get('/sale/issues/:issueId', read, async (request, reply) =>
    sendBetaJson(reply, 200, present(ownIssue(state, request))),
  )

  app.get('/sale/issues/:issueId/chat', read, async (request, reply) => {
    const issue = ownIssue(state, request)
    const query = request.query as Query
    const limit = intParam(single(query, 'limit'), 'limit', 1, 100, 10)
    const offset = intParam(single(query, 'offset'), 'offset', 0, 1_000_000, 0)
    const chat = state.returns.messagesOf(issue.id).slice(offset, offset + limit)
    return sendBetaJson(reply, 200, { chat: chat.map(presentIssueMessage) })
  })

  app.post('/sale/issues/:issueId/message', write, async (request, reply) => {
    const issue = ownIssue(state, request)
    const body = jsonBody(request.body)
    const text = typeof body.text === 'string' ? body.text.trim() : ''
    const attachments = Array.isArray(body.attachments) ? body.attachments : []
    if (text === '' && attachments.length === 0) {
      throw new SimRequestError(422, 'text', 'At least one of text or attachments is required')
    }
    if (text.length > 20_000) throw new SimRequestError(422, 'text', 'Text is too long')
    // Issue attachments (`/sale/issues/attachments`) are not simulated, so no id can be valid.
    if (attachments.length > 0) {
      throw new SimRequestError(422, 'attachments', 'Unknown attachment')
    }
    const type = body.type === undefined ? 'REGULAR' : String(body.type)
    if (!MESSAGE_TYPES.includes(type)) throw new SimRequestError(422, 'type', 'Unknown type')
    if (type === 'END_REQUEST' && issue.type !== 'DISPUTE') {
      throw new SimRequestError(422, 'type', 'END_REQUEST is only allowed for disputes')
    }
    if (type.startsWith('RETURN_') && issue.type !== 'CLAIM') {
      throw new SimRequestError(422, 'type', 'Return decisions are only allowed for claims')
    }
    if (!issue.chatActive) {
      throw new SimRequestError(
        409,
        'issueId',
        'Dispute is in a state that forbids adding new messages',
        'CONFLICT',
      )
    }
    if (type.startsWith('RETURN_')) issue.returnRequired = type !== 'RETURN_NOT_REQUIRED'
    const message = state.returns.addIssueMessage(issue, { text, role: 'SELLER' })
    return sendBetaJson(reply, 201, presentIssueMessage(message))
  })

  app.post('/sale/issues/:issueId/status', write, async (request, reply) => {
    const issue = ownIssue(state, request)
    // "Not a valid operation for disputes"; the spec's only client error here is 400.
    if (issue.type !== 'CLAIM') throw new SimRequestError(400, 'issueId', 'Not a claim')
    const body = jsonBody(request.body)
    const status = String(body.status ?? '')
    if (!CLAIM_DECISIONS.includes(status))
      throw new SimRequestError(400, 'status', 'Unknown status')
    if (typeof body.message !== 'string' || body.message.trim() === '') {
      throw new SimRequestError(400, 'message', 'message required')
    }
    if (status === 'ACCEPTED_PARTIAL_REFUND') {
      const refund = body.partialRefund as { amount?: unknown; currency?: unknown } | undefined
      if (typeof refund?.amount !== 'string' || typeof refund.currency !== 'string') {
        throw new SimRequestError(400, 'partialRefund', 'partialRefund required')
      }
      hundredthsOf(refund.amount, 'partialRefund.amount')
    }
    // Repeating the decision already made is a no-op, so a retried request is harmless.
    if (issue.decision === status) return reply.code(200).send()
    if (issue.decision !== null) throw new SimRequestError(400, 'status', 'Claim already decided')
    issue.decision = status
    issue.status = status.startsWith('ACCEPTED_') ? 'CLAIM_ACCEPTED' : 'CLAIM_REJECTED'
    state.returns.addIssueMessage(issue, { text: body.message.trim(), role: 'SELLER' })
    return reply.code(200).send()
  })
}
