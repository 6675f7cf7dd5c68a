import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { AnyObject } from './order-schemas.js'

const Query = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  after: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
})

/** The product catalogue (SKU, stock, availability text) agents quote from. */
export function registerProductRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/products',
    {
      schema: {
        tags: ['orders'],
        summary: 'Products by SKU; `after` pages on the last SKU seen',
        querystring: Query,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const {
        q,
        after,
        limit = 50,
      } = request.query as { q?: string; after?: string; limit?: number }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        let query = ctx.trx
          .selectFrom('products')
          .select(['id', 'sku', 'name', 'stock', 'availabilityText', 'flags', 'updatedAt'])
          .orderBy('sku')
          .limit(limit + 1)
        if (q?.trim()) {
          const like = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
          query = query.where((eb) => eb.or([eb('sku', 'ilike', like), eb('name', 'ilike', like)]))
        }
        if (after) query = query.where('sku', '>', after)
        const rows = await query.execute()
        const items = rows.slice(0, limit)
        return { items, nextAfter: rows.length > limit ? (items.at(-1)?.sku ?? null) : null }
      })
    },
  )
}
