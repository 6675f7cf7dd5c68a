import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { conversationLink, conversationsAbout } from '../../conversations/index.js'
import { customerProfile } from '../../customers/index.js'
import { listOrders } from '../service/views/order-list.js'
import { AnyObject } from './order-schemas.js'

const Params = Type.Object({ id: Uuid })

/** The order panel beside a conversation and the orders/timeline of a customer profile. */
export function registerContextRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/conversations/:id/order-context',
    {
      schema: {
        tags: ['orders'],
        summary:
          "The conversation's order (by the order id or number it mentions) and its customer's recent orders",
        params: Params,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const link = await conversationLink(ctx, id)
        const linked = link.orderNumber
          ? (await listOrders(ctx, { numbers: [link.orderNumber] }, { limit: 1 })).items[0]
          : undefined
        const customerId = link.customerId ?? linked?.customerId ?? null
        const recent = customerId ? (await listOrders(ctx, { customerId }, { limit: 5 })).items : []
        const profile = customerId ? await customerProfile(ctx, customerId) : null
        return {
          linkedOrderId: linked?.id ?? null,
          customer: profile && {
            id: profile.id,
            name: profile.name,
            email: profile.email,
            locale: profile.locale,
            segments: profile.segments,
            ...profile.metrics,
            tags: profile.tags,
          },
          orders: [...(linked ? [linked] : []), ...recent.filter((o) => o.id !== linked?.id)],
        }
      })
    },
  )

  app.get(
    '/api/v1/customers/:id/timeline',
    {
      schema: {
        tags: ['customers'],
        summary: "A customer's orders and conversations, newest first",
        params: Params,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        const orders = (await listOrders(ctx, { customerId: id }, { limit: 100 })).items
        const conversations = await conversationsAbout(ctx, { customerIds: [id] }, 100)
        const items = [
          ...orders.map((o) => ({
            at: o.placedAt,
            kind: 'order',
            id: o.id,
            title: o.number,
            status: o.status,
            amountMinor: o.totalMinor,
            currency: o.currency,
          })),
          ...conversations.map((c) => ({
            at: c.lastMessageAt,
            kind: 'conversation',
            id: c.id,
            title: c.subject ?? `#${c.number}`,
            status: c.status,
          })),
        ].sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0))
        return { items }
      })
    },
  )
}
