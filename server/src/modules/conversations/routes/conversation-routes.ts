import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { notFound } from '../../../platform/http/errors.js'
import { principalOf, scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { conversationDetail } from '../service/conversation-detail.js'
import {
  conversationCounts,
  type ListFilter,
  listConversations,
} from '../service/conversation-list.js'
import { setConversationTags } from '../service/conversation-tags.js'
import { mergeConversations } from '../service/merge-conversations.js'
import { type ConversationChange, updateConversation } from '../service/update-conversation.js'
import {
  ConversationDetailSchema,
  ConversationItemSchema,
  PrioritySchema,
  StatusSchema,
} from './schemas.js'

const Params = Type.Object({ id: Uuid })

/** Inbox lists, counts, one conversation, and the changes agents make to it. */
export function registerConversationListRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/conversations',
    {
      schema: {
        tags: ['inbox'],
        summary: 'A page of an inbox view, in SLA order (keyset cursor)',
        querystring: Type.Object(
          {
            view: Type.Optional(StringEnum(['mine', 'unassigned', 'all', 'sla_at_risk'])),
            status: Type.Optional(StatusSchema),
            channelAccountId: Type.Optional(Uuid),
            tag: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
            assigneeId: Type.Optional(Uuid),
            priority: Type.Optional(PrioritySchema),
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(ConversationItemSchema),
            nextCursor: Type.Unsafe<string | null>({ type: ['string', 'null'] }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query as Partial<ListFilter>
      const filter: ListFilter = {
        ...q,
        view: q.view ?? 'all',
        status: q.status ?? 'open',
        limit: q.limit ?? 50,
      }
      return runtime.inWorkspace(scopeOf(request), (ctx) =>
        listConversations(ctx, principalOf(request).userId, filter),
      )
    },
  )

  app.get(
    '/api/v1/conversations/counts',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Open conversations per view, status and channel account',
        response: {
          200: Type.Object({
            views: Type.Object({
              mine: Type.Integer(),
              unassigned: Type.Integer(),
              all: Type.Integer(),
              sla_at_risk: Type.Integer(),
            }),
            statuses: Type.Object({
              open: Type.Integer(),
              pending: Type.Integer(),
              snoozed: Type.Integer(),
              resolved: Type.Null(),
            }),
            channels: Type.Record(Type.String(), Type.Integer()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      runtime.inWorkspace(scopeOf(request), (ctx) =>
        conversationCounts(ctx, principalOf(request).userId),
      ),
  )

  app.get(
    '/api/v1/conversations/:id',
    {
      schema: {
        tags: ['inbox'],
        summary: 'One conversation with its customer panel and what you may do',
        params: Params,
        response: { 200: ConversationDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), (ctx) =>
        conversationDetail(ctx, id, principalOf(request).role),
      )
    },
  )

  app.patch(
    '/api/v1/conversations/:id',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['inbox'],
        summary: 'Change status (snooze needs snoozedUntil), priority, assignee or team',
        params: Params,
        body: Body({
          status: Type.Optional(StatusSchema),
          snoozedUntil: Type.Optional(
            Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'date-time' }),
          ),
          priority: Type.Optional(PrioritySchema),
          assigneeId: Type.Optional(
            Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'uuid' }),
          ),
          teamId: Type.Optional(
            Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'uuid' }),
          ),
        }),
        response: { 200: ConversationItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await updateConversation(ctx, id, request.body as ConversationChange)
        return conversationDetail(ctx, id, principalOf(request).role)
      })
    },
  )

  app.put(
    '/api/v1/conversations/:id/tags',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['inbox'],
        summary: 'Replace the tags (by name; new names become workspace tags)',
        params: Params,
        body: Body({
          tags: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 }),
        }),
        response: { 200: ConversationItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await setConversationTags(ctx, id, (request.body as { tags: string[] }).tags)
        return conversationDetail(ctx, id, principalOf(request).role)
      })
    },
  )

  app.post(
    '/api/v1/conversations/:id/merge',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['inbox'],
        summary: 'Merge this conversation into another; returns the one that remains',
        params: Params,
        body: Body({ intoId: Uuid }),
        response: { 200: ConversationItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const { intoId } = request.body as { intoId: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await mergeConversations(ctx, id, intoId)
        const merged = await conversationDetail(ctx, intoId, principalOf(request).role)
        if (!merged) throw notFound('The conversation')
        return merged
      })
    },
  )
}
