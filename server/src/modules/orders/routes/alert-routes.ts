import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { AnyObject } from './order-schemas.js'

/** Open order alerts for the inbox, and resolving one by hand. */
export function registerAlertRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/order-alerts',
    {
      schema: {
        tags: ['orders'],
        summary: 'Open order alerts, most urgent first (at most 200)',
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) =>
      runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const rows = await ctx.trx
          .selectFrom('orderAlerts as a')
          .innerJoin('orders as o', 'o.id', 'a.orderId')
          .select([
            'a.id',
            'a.kind',
            'a.detail',
            'a.raisedAt',
            'o.id as orderId',
            'o.number',
            'o.buyerName',
          ])
          .where('a.resolvedAt', 'is', null)
          .orderBy('a.raisedAt')
          .limit(200)
          .execute()
        return {
          items: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            detail: r.detail,
            raisedAt: r.raisedAt,
            order: { id: r.orderId, number: r.number, buyerName: r.buyerName },
          })),
        }
      }),
  )

  app.post(
    '/api/v1/order-alerts/:id/resolve',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['orders'],
        summary: 'Mark an alert handled',
        params: Type.Object({ id: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const row = await ctx.trx
          .updateTable('orderAlerts')
          .set({ resolvedAt: new Date() })
          .where('id', '=', id)
          .where('resolvedAt', 'is', null)
          .returning(['orderId', 'kind'])
          .executeTakeFirst()
        if (!row) throw notFound('The open alert')
        await recordEvent(ctx, {
          name: 'orders.alert.resolved',
          entityType: 'order',
          entityId: row.orderId,
          changes: { alert: { from: row.kind, to: null } },
        })
      })
      return reply.status(204).send()
    },
  )
}
