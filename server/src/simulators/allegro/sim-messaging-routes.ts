import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AllegroSimState } from './allegro-sim-state.js'
import { apiGuard, callerOf } from './sim-api-guard.js'
import { ALLEGRO_JSON, sendApiError } from './sim-errors.js'
import { readAttachmentIds, readRef, readText } from './sim-message-input.js'
import { dateParam, intParam, jsonBody, SimRequestError } from './sim-params.js'
import { baseUrlOf, presentMessage, presentThread } from './sim-presenters.js'
import type { SimThread } from './sim-records.js'

const SCOPE = 'allegro:api:messaging'
type Params = { threadId: string; messageId: string }
type Query = Record<string, string | undefined>

/** Registers the Message Center's thread and message resources. */
export function registerSimMessagingRoutes(
  app: FastifyInstance,
  state: AllegroSimState,
  prefix: string,
) {
  const read = { onRequest: apiGuard(state, { scope: SCOPE, body: 'none' }) }
  const write = { onRequest: apiGuard(state, { scope: SCOPE, body: 'json' }) }
  const notFound = (reply: FastifyReply, what: string) =>
    sendApiError(reply, 404, { code: 'NOT_FOUND', message: `${what} not found` })
  const forbidden = (reply: FastifyReply) =>
    sendApiError(reply, 403, { code: 'ACCESS_DENIED', message: 'Access denied to this thread' })
  /** The thread if the caller owns it; 404 or 403 otherwise (per the operation's spec). */
  const ownThread = (request: FastifyRequest, reply: FastifyReply, foreign: 403 | 404) => {
    const thread = state.threads.get((request.params as Params).threadId)
    if (!thread) return void notFound(reply, 'Thread')
    if (thread.ownerLogin === callerOf(request).login) return thread
    return void (foreign === 403 ? forbidden(reply) : notFound(reply, 'Thread'))
  }
  const json = (reply: FastifyReply, status: number, body: unknown) =>
    reply.code(status).type(ALLEGRO_JSON).send(body)
  const message = (request: FastifyRequest, id: string) =>
    presentMessage(
      state,
      state.messages.get(id)!,
      callerOf(request).login,
      baseUrlOf(request, prefix),
    )

  app.get('/messaging/threads', read, async (request, reply) => {
    const query = request.query as Query
    const limit = intParam(query.limit, 'limit', 1, 20, 20)
    const offset = intParam(query.offset, 'offset', 0, 15_000_000, 0)
    const login = callerOf(request).login
    const threads = [...state.threads.values()]
      .filter((t) => t.ownerLogin === login && t.lastMessageDateTime)
      .sort((a, b) => b.lastMessageDateTime!.getTime() - a.lastMessageDateTime!.getTime())
    const page = threads.slice(offset, offset + limit).map(presentThread)
    return json(reply, 200, { threads: page, offset, limit })
  })

  app.get('/messaging/threads/:threadId', read, async (request, reply) => {
    const thread = ownThread(request, reply, 404)
    return thread && json(reply, 200, presentThread(thread))
  })

  app.put('/messaging/threads/:threadId/read', write, async (request, reply) => {
    const thread = ownThread(request, reply, 403)
    if (!thread) return
    const body = jsonBody(request.body)
    if (typeof body.read !== 'boolean') throw new SimRequestError(422, 'read', 'read is required')
    thread.read = body.read
    return json(reply, 200, presentThread(thread))
  })

  app.get('/messaging/threads/:threadId/messages', read, async (request, reply) => {
    const query = request.query as Query
    const limit = intParam(query.limit, 'limit', 1, 20, 20)
    const offset = intParam(query.offset, 'offset', 0, 15_000, 0)
    const before = dateParam(query.before, 'before')
    const after = dateParam(query.after, 'after')
    if (before && query.offset !== undefined) {
      throw new SimRequestError(422, 'before', 'before cannot be used with offset')
    }
    const thread = ownThread(request, reply, 403)
    if (!thread) return
    const messages = state
      .messagesOf(thread.id)
      .filter((m) => (!before || m.createdAt < before) && (!after || m.createdAt > after))
      .slice(offset, offset + limit)
      .map((m) => message(request, m.id))
    return json(reply, 200, { messages, offset, limit })
  })

  const post = (request: FastifyRequest, thread: SimThread, orderId: string | null) => {
    const body = jsonBody(request.body)
    const login = callerOf(request).login
    const text = readText(body)
    const attachmentIds = readAttachmentIds(state, body, login)
    const created = state.addMessage(thread, {
      authorLogin: login,
      text,
      subject: null,
      createdAt: state.clock(),
      attachmentIds,
      orderId,
      offerId: null,
      type: 'MESSAGE_CENTER',
    })
    return message(request, created.id)
  }

  app.post('/messaging/threads/:threadId/messages', write, async (request, reply) => {
    const thread = ownThread(request, reply, 403)
    return thread && json(reply, 201, post(request, thread, null))
  })

  app.post('/messaging/messages', write, async (request, reply) => {
    const body = jsonBody(request.body)
    const recipient = readRef(body, 'recipient', 'login')
    const orderId = readRef(body, 'order', 'id')
    const login = callerOf(request).login
    if (recipient === login)
      throw new SimRequestError(422, 'recipient.login', 'cannot write to self')
    return json(reply, 201, post(request, state.threadBetween(login, recipient), orderId))
  })

  const visibleMessage = (request: FastifyRequest) => {
    const found = state.messages.get((request.params as Params).messageId)
    const thread = found && state.threads.get(found.threadId)
    return thread?.ownerLogin === callerOf(request).login ? found : undefined
  }

  app.get('/messaging/messages/:messageId', read, async (request, reply) => {
    const found = visibleMessage(request)
    return found ? json(reply, 200, message(request, found.id)) : notFound(reply, 'Message')
  })

  app.delete('/messaging/messages/:messageId', read, async (request, reply) => {
    const found = visibleMessage(request)
    if (!found) return notFound(reply, 'Message')
    if (found.authorLogin !== callerOf(request).login) return forbidden(reply)
    state.deleteMessage(found)
    return reply.code(204).send()
  })

  const profile = {
    onRequest: apiGuard(state, { scope: 'allegro:api:profile:read', body: 'none' }),
  }
  app.get('/me', profile, async (request, reply) => {
    const user = state.addUser(callerOf(request).login)
    return json(reply, 200, { ...user, baseMarketplace: { id: 'allegro-pl' }, features: [] })
  })
}
