import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { badRequest } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import { agentsOnline, visitorThreadMessages } from '../../conversations/index.js'
import { postVisitorMessage } from '../service/visitor-messages.js'
import { announceVisitorTyping, type VisitorTypingState } from '../service/visitor-typing.js'
import { allowOrigin } from './cors.js'
import type { WidgetLimits } from './rate-limits.js'
import {
  MessagesQuery,
  MessagesResponse,
  PostMessageBody,
  PostMessageResponse,
  TypingBody,
  WIDGET_BODY_LIMIT,
  widgetErrors,
} from './schemas.js'
import { authenticateVisitor, bearerToken, visitorScope } from './visitor-auth.js'

/** The visitor's own conversation: read it, write to it, and say you are typing. */
export function registerMessageRoutes(
  api: FastifyInstance,
  runtime: Runtime,
  limits: WidgetLimits,
) {
  api.get(
    '/messages',
    {
      config: { public: true },
      onRequest: (request, reply) => limits.readsPerIp(request, reply),
      schema: {
        tags: ['widget'],
        summary: "The visitor's messages, oldest first (never internal notes)",
        querystring: MessagesQuery,
        response: { 200: MessagesResponse, ...widgetErrors },
      },
    },
    async (request, reply) => {
      const { account, visitor } = await authenticateVisitor(runtime, bearerToken(request))
      allowOrigin(request, reply, account)
      const { after } = request.query as { after?: string }
      reply.header('cache-control', 'no-store')
      return runtime.inWorkspace(visitorScope(request, account), async (ctx) => {
        const thread = await visitorThreadMessages(ctx, account.id, visitor.visitorId, {
          after: after ? new Date(after) : undefined,
        })
        return { items: thread.messages, online: (await agentsOnline(ctx)) > 0 }
      })
    },
  )

  api.post(
    '/messages',
    {
      config: { public: true },
      bodyLimit: WIDGET_BODY_LIMIT,
      onRequest: (request, reply) => limits.messagesPerIp(request, reply),
      schema: {
        tags: ['widget'],
        summary: 'Send a message; the same clientId is stored once however often it is retried',
        body: PostMessageBody,
        response: { 201: PostMessageResponse, ...widgetErrors },
      },
    },
    async (request, reply) => {
      const { account, visitor } = await authenticateVisitor(runtime, bearerToken(request))
      allowOrigin(request, reply, account)
      await limits.messagesPerVisitor(request, reply, `${account.id}:${visitor.visitorId}`)
      const { text, clientId } = request.body as { text: string; clientId: string }
      if (!text.trim()) throw badRequest('empty_message', 'Write a message first.')
      const result = await runtime.inWorkspace(visitorScope(request, account), async (ctx) => ({
        id: await postVisitorMessage(ctx, runtime.files, visitor, { text: text.trim(), clientId }),
        // Offline: the widget tells the visitor the answer will come by e-mail.
        online: (await agentsOnline(ctx)) > 0,
      }))
      return reply.status(201).send(result)
    },
  )

  api.post(
    '/typing',
    {
      config: { public: true },
      bodyLimit: 1024,
      onRequest: (request, reply) => limits.readsPerIp(request, reply),
      schema: {
        tags: ['widget'],
        summary: 'Tell agents the customer is typing (or stopped)',
        body: TypingBody,
        response: { 204: Type.Null(), ...widgetErrors },
      },
    },
    async (request, reply) => {
      const { account, visitor } = await authenticateVisitor(runtime, bearerToken(request))
      allowOrigin(request, reply, account)
      await limits.typingPerVisitor(request, reply, `${account.id}:${visitor.visitorId}`)
      const { state = 'typing' } = (request.body ?? {}) as { state?: VisitorTypingState }
      await runtime.inWorkspace(visitorScope(request, account), (ctx) =>
        announceVisitorTyping(ctx, visitor, state),
      )
      return reply.status(204).send()
    },
  )
}
