import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { createSavedFilter, deleteSavedFilter, listSavedFilters } from '../service/saved-filters.js'
import { SavedFilterSchema } from './schemas.js'

/** Customer filters saved under a name for the whole team. */
export function registerSavedFilterRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/customers/saved-filters',
    {
      schema: {
        tags: ['customers'],
        summary: 'The workspace’s saved customer filters, by name',
        response: { 200: Type.Object({ items: Type.Array(SavedFilterSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await runtime.inWorkspace(scopeOf(request), (ctx) => listSavedFilters(ctx)),
    }),
  )

  app.post(
    '/api/v1/customers/saved-filters',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary:
          'Save a filter under a name (400 invalid_filter lists every problem; 409 filter_name_taken)',
        body: Body({
          name: Type.String({ minLength: 1, maxLength: 80 }),
          filter: Type.Record(Type.String(), Type.Unknown()),
        }),
        response: { 201: SavedFilterSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as { name: string; filter: Record<string, unknown> }
      const saved = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        createSavedFilter(ctx, body),
      )
      return reply.status(201).send(saved)
    },
  )

  app.delete(
    '/api/v1/customers/saved-filters/:id',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['customers'],
        summary: 'Delete a saved filter',
        params: Type.Object({ id: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), (ctx) => deleteSavedFilter(ctx, id))
      return reply.status(204).send()
    },
  )
}
