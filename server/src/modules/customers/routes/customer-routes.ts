import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import {
  Body,
  errorResponses,
  NullableString,
  StringEnum,
  Uuid,
} from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { customerProfile } from '../service/customer-profile.js'
import { listCustomers } from '../service/list-customers.js'
import { customerFilterOrThrow, savedCustomerFilter } from '../service/saved-filters.js'
import { segmentSummaries } from '../service/segment-counts.js'
import { type CustomerChange, updateCustomer } from '../service/update-customer.js'
import { ListItemSchema, ProfileSchema, SegmentSummarySchema } from './schemas.js'

const Params = Type.Object({ id: Uuid })
const Count = Type.Integer({ minimum: 0 })

const ListQuery = Type.Object(
  {
    segments: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
    minOrders: Type.Optional(Count),
    maxOrders: Type.Optional(Count),
    minLifetimeValueMinor: Type.Optional(Count),
    lastOrderBefore: Type.Optional(Type.String({ maxLength: 40 })),
    lastOrderAfter: Type.Optional(Type.String({ maxLength: 40 })),
    marketplace: Type.Optional(Type.String({ maxLength: 20 })),
    locale: Type.Optional(Type.String({ maxLength: 10 })),
    hasMarketingConsent: Type.Optional(StringEnum(['email', 'sms'])),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    savedFilterId: Type.Optional(Uuid),
    includeMerged: Type.Optional(Type.Boolean()),
    includeErased: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
)

const PAGING = new Set(['savedFilterId', 'includeMerged', 'includeErased', 'cursor', 'limit'])

/** The customer list, the segment overview, one customer's page and changes to it. */
export function registerCustomerRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/customers',
    {
      schema: {
        tags: ['customers'],
        summary:
          'A page of customers, latest buyers first (keyset cursor), narrowed by filter fields and/or a saved filter',
        querystring: ListQuery,
        response: {
          200: Type.Object({ items: Type.Array(ListItemSchema), nextCursor: NullableString() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const query = request.query as Record<string, unknown> & {
        savedFilterId?: string
        includeMerged?: boolean
        includeErased?: boolean
        cursor?: string
        limit?: number
      }
      const given = Object.fromEntries(Object.entries(query).filter(([key]) => !PAGING.has(key)))
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const saved = query.savedFilterId ? await savedCustomerFilter(ctx, query.savedFilterId) : {}
        // Fields in the query narrow the saved filter further or replace its value.
        const filter = customerFilterOrThrow({ ...saved, ...given })
        return listCustomers(ctx, {
          filter,
          cursor: query.cursor,
          limit: query.limit ?? 50,
          includeMerged: query.includeMerged,
          includeErased: query.includeErased,
        })
      })
    },
  )

  app.get(
    '/api/v1/customers/segments',
    {
      schema: {
        tags: ['customers'],
        summary: 'Every segment: labels, rule parameters and how many customers are in it',
        response: {
          200: Type.Object({ items: Type.Array(SegmentSummarySchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      items: await runtime.inWorkspace(scopeOf(request), (ctx) => segmentSummaries(ctx)),
    }),
  )

  app.get(
    '/api/v1/customers/:id',
    {
      schema: {
        tags: ['customers'],
        summary:
          'A customer: contact, identities, tags, attributes, notes, consents, segments, metrics, suggested duplicates',
        params: Params,
        response: { 200: ProfileSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), (ctx) => customerProfile(ctx, id))
    },
  )

  app.patch(
    '/api/v1/customers/:id',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary:
          'Change contact details, language or attributes (null clears; an attribute set to null is removed)',
        params: Params,
        body: Body({
          name: Type.Optional(NullableString()),
          email: Type.Optional(NullableString()),
          phone: Type.Optional(NullableString()),
          locale: Type.Optional(NullableString()),
          attributes: Type.Optional(
            Type.Record(Type.String(), Type.Unsafe<string | null>({ type: ['string', 'null'] }), {
              maxProperties: 100,
            }),
          ),
        }),
        response: { 200: ProfileSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await updateCustomer(ctx, id, request.body as CustomerChange)
        return customerProfile(ctx, id)
      })
    },
  )
}
