import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { customerDataProviders } from '../service/customer-data-providers.js'
import { customerProfile } from '../service/customer-profile.js'
import { loadCustomer } from '../service/load-customer.js'
import {
  dismissSuggestion,
  findMatchSuggestions,
  openSuggestions,
} from '../service/match-suggestions.js'
import { mergeCustomers } from '../service/merge-customers.js'
import { unmergeCustomers } from '../service/unmerge-customers.js'
import { ProfileSchema, SuggestionSchema } from './schemas.js'

const Params = Type.Object({ id: Uuid })

/** Merging duplicates, undoing merges and the suggestions that lead to them. */
export function registerMergeRoutes(app: FastifyInstance, runtime: Runtime) {
  const providers = customerDataProviders(runtime.modules)

  app.post(
    '/api/v1/customers/:id/merge',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary:
          'Merge customer sourceId into this one: identities, tags, notes, consents, orders and conversations move',
        params: Params,
        body: Body({ sourceId: Uuid }),
        response: {
          200: Type.Object({ mergeId: Type.String(), customer: ProfileSchema }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const { sourceId } = request.body as { sourceId: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const { mergeId } = await mergeCustomers(ctx, id, sourceId, providers)
        return { mergeId, customer: await customerProfile(ctx, id) }
      })
    },
  )

  app.post(
    '/api/v1/customers/merges/:mergeId/unmerge',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary: 'Undo a merge: everything it moved goes back to the merged-away customer',
        params: Type.Object({ mergeId: Uuid }),
        response: {
          200: Type.Object({ targetId: Type.String(), sourceId: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { mergeId } = request.params as { mergeId: string }
      return runtime.inWorkspace(scopeOf(request), (ctx) =>
        unmergeCustomers(ctx, mergeId, providers),
      )
    },
  )

  app.get(
    '/api/v1/customers/:id/suggestions',
    {
      schema: {
        tags: ['customers'],
        summary: 'Likely duplicates of the customer, most confident first',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(SuggestionSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await loadCustomer(ctx, id)
        return { items: (await openSuggestions(ctx, [id])).get(id) ?? [] }
      })
    },
  )

  app.post(
    '/api/v1/customers/:id/suggestions/refresh',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary: 'Look for duplicates of the customer now and return the open suggestions',
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(SuggestionSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await findMatchSuggestions(ctx, id)
        return { items: (await openSuggestions(ctx, [id])).get(id) ?? [] }
      })
    },
  )

  app.post(
    '/api/v1/customers/suggestions/dismiss',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary:
          'Say two customers are different people; matching will not suggest or merge them again',
        body: Body({ customerId: Uuid, candidateId: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { customerId, candidateId } = request.body as {
        customerId: string
        candidateId: string
      }
      await runtime.inWorkspace(scopeOf(request), (ctx) =>
        dismissSuggestion(ctx, customerId, candidateId),
      )
      return reply.status(204).send()
    },
  )
}
