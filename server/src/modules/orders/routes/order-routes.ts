import type { FastifyInstance } from 'fastify'
import { type Static, Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { Body, errorResponses, StringEnum, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { CARRIER_CODES, ORDER_STATUSES } from '../contract.js'
import { applyOrders } from '../service/apply-orders.js'
import { addShipment } from '../service/shipments/add-shipment.js'
import { recordTrackingUpdates } from '../service/shipments/record-tracking.js'
import { orderDetail } from '../service/views/order-detail.js'
import { listOrders } from '../service/views/order-list.js'
import { AnyObject, ShopOrderSchema, TrackingWebhookSchema } from './order-schemas.js'
import { shopOrder, webhookTrackingUpdate } from './shop-orders.js'

const Params = Type.Object({ id: Uuid })
const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(StringEnum(ORDER_STATUSES)),
  marketplace: Type.Optional(StringEnum(['allegro', 'amazon', 'kaufland', 'emag', 'shop'])),
  customerId: Type.Optional(Uuid),
  hasAlert: Type.Optional(Type.Boolean()),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
})

/** Orders: list, detail, the shop's order API, parcels and the tracking webhook. */
export function registerOrderRoutes(app: FastifyInstance, runtime: Runtime) {
  app.get(
    '/api/v1/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'Orders, newest first, with their latest parcel and open alerts',
        querystring: ListQuery,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { cursor, limit = 50, ...filter } = request.query as Static<typeof ListQuery>
      return runtime.inWorkspace(scopeOf(request), (ctx) =>
        listOrders(ctx, filter, { cursor, limit }),
      )
    },
  )

  app.get(
    '/api/v1/orders/:id',
    {
      schema: {
        tags: ['orders'],
        summary: 'One order: items, parcels, timeline, notifications, alerts, conversations',
        params: Params,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return runtime.inWorkspace(scopeOf(request), (ctx) => orderDetail(ctx, id))
    },
  )

  app.post(
    '/api/v1/orders',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['orders'],
        summary: "Create or update one order from the seller's shop (idempotent on externalId)",
        body: ShopOrderSchema,
        response: { 200: AnyObject, 201: AnyObject, ...errorResponses },
      },
    },
    async (request, reply) => {
      const order = shopOrder(request.body as Static<typeof ShopOrderSchema>)
      const result = await runtime.inWorkspace(scopeOf(request), (ctx) => applyOrders(ctx, [order]))
      const written = result.created[0] ?? result.updated[0]
      const id =
        written?.id ??
        (
          await runtime.inWorkspace(scopeOf(request), (ctx) =>
            ctx.trx
              .selectFrom('orders')
              .select('id')
              .where('source', '=', 'shop')
              .where('externalId', '=', order.externalId)
              .executeTakeFirstOrThrow(),
          )
        ).id
      const view = await runtime.inWorkspace(scopeOf(request), (ctx) => orderDetail(ctx, id))
      return reply
        .status(result.created.length ? 201 : 200)
        .send({ id, created: result.created.length > 0, trackingUrl: view.trackingUrl })
    },
  )

  app.post(
    '/api/v1/orders/batch',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['orders'],
        summary: 'Create or update up to 500 shop orders in one transaction',
        body: Body({ orders: Type.Array(ShopOrderSchema, { minItems: 1, maxItems: 500 }) }),
        response: {
          200: Type.Object({
            created: Type.Integer(),
            updated: Type.Integer(),
            unchanged: Type.Integer(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { orders } = request.body as { orders: Static<typeof ShopOrderSchema>[] }
      const result = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        applyOrders(ctx, orders.map(shopOrder)),
      )
      return {
        created: result.created.length,
        updated: result.updated.length,
        unchanged: result.unchanged,
      }
    },
  )

  app.post(
    '/api/v1/orders/:id/shipments',
    {
      config: { minRole: 'agent' },
      schema: {
        tags: ['orders'],
        summary:
          'Add a parcel (tracking number) to an order; marks it shipped and tells the customer',
        params: Params,
        body: Body({
          trackingNumber: Type.String({ minLength: 4, maxLength: 80 }),
          carrier: Type.Optional(Type.Union([StringEnum(CARRIER_CODES), Type.Null()])),
        }),
        response: { 200: AnyObject, 201: AnyObject, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const body = request.body as {
        trackingNumber: string
        carrier?: (typeof CARRIER_CODES)[number] | null
      }
      const result = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        addShipment(ctx, id, body),
      )
      return reply.status(result.created ? 201 : 200).send(result)
    },
  )

  app.post(
    '/api/v1/tracking-events',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['orders'],
        summary: 'Carrier webhook: tracking events for one parcel (idempotent on time + raw code)',
        body: TrackingWebhookSchema,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const update = webhookTrackingUpdate(request.body as Static<typeof TrackingWebhookSchema>)
      return runtime.inWorkspace(scopeOf(request), (ctx) =>
        recordTrackingUpdates(ctx, [update], 'webhook'),
      )
    },
  )
}
