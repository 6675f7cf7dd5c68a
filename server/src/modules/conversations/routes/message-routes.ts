import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { principalOf, scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { listMessages } from '../service/message-views.js'
import { addNote } from '../service/notes.js'
import { announcePresence, type PresenceState } from '../service/presence.js'
import { queueReply, type ReplyAttachment, retryReply } from '../service/replies.js'
import { searchInbox } from '../service/search.js'
import { updateConversation } from '../service/update-conversation.js'
import { ConversationItemSchema, MessageSchema, UploadSchema } from './schemas.js'

const Params = Type.Object({ id: Uuid })
const Created = Type.Object({ messageId: Type.String() })

/** The thread: messages, replies, notes, retries, presence and search. */
export function registerMessageRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/conversations/:id/messages',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Messages and notes of a conversation, oldest first (the last 500)',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(MessageSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return { items: await runtime.inWorkspace(scopeOf(request), (ctx) => listMessages(ctx, id)) }
    },
  )

  app.post(
    '/api/v1/conversations/:id/replies',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['inbox'],
        summary: 'Queue a reply to the customer; a job sends it (deliveryStatus tells how it went)',
        params: Params,
        body: Body({
          text: Type.String({ maxLength: 50_000 }),
          attachments: Type.Optional(Type.Array(UploadSchema, { maxItems: 10 })),
          afterSend: Type.Optional(StringEnum(['resolve', 'pending'])),
        }),
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const body = request.body as {
        text: string
        attachments?: ReplyAttachment[]
        afterSend?: 'resolve' | 'pending'
      }
      const messageId = await runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const created = await queueReply(ctx, id, body)
        if (body.afterSend)
          await updateConversation(ctx, id, {
            status: body.afterSend === 'resolve' ? 'resolved' : 'pending',
          })
        return created
      })
      return reply.status(201).send({ messageId })
    },
  )

  app.post(
    '/api/v1/conversations/:id/notes',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['inbox'],
        summary: 'Add an internal note; mentions name members who should look',
        params: Params,
        body: Body({
          text: Type.String({ maxLength: 20_000 }),
          mentions: Type.Optional(Type.Array(Uuid, { maxItems: 20 })),
        }),
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const messageId = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        addNote(ctx, id, request.body as { text: string; mentions?: string[] }),
      )
      return reply.status(201).send({ messageId })
    },
  )

  app.post(
    '/api/v1/messages/:id/retry',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['inbox'],
        summary: 'Queue a failed reply again',
        params: Params,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) => retryReply(ctx, id))
      return reply.status(204).send()
    },
  )

  app.post(
    '/api/v1/conversations/:id/presence',
    {
      config: { rateLimit: { max: 240, timeWindow: 60_000 } },
      schema: {
        tags: ['inbox'],
        summary: 'Tell other agents you are viewing, typing in or leaving a conversation',
        params: Params,
        body: Body({ state: StringEnum(['viewing', 'typing', 'left']) }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const principal = principalOf(request)
      const { state } = request.body as { state: PresenceState }
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        announcePresence(ctx, id, { userId: principal.userId, name: ctx.actor.label }, state),
      )
      return reply.status(204).send()
    },
  )

  app.get(
    '/api/v1/search',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Search messages, subjects and customers',
        querystring: Type.Object(
          { q: Type.String({ minLength: 2, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            conversations: Type.Array(ConversationItemSchema),
            customers: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.Unsafe<string | null>({ type: ['string', 'null'] }),
                email: Type.Unsafe<string | null>({ type: ['string', 'null'] }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { q } = request.query as { q: string }
      return runtime.inWorkspace(scopeOf(request), (ctx) => searchInbox(ctx, q.trim()))
    },
  )
}
