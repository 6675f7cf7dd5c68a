import type { ServiceContext } from '../../../../platform/context.js'
import { notFound } from '../../../../platform/http/errors.js'
import { conversationsAbout } from '../../../conversations/index.js'
import { carrierLabel, trackingUrl } from '../../rules/carriers/index.js'
import { listOrders, type OrderListItem } from './order-list.js'
import { orderTimeline } from './order-timeline.js'

/** Everything the order page shows, in a fixed number of queries. */
export async function orderDetail(ctx: ServiceContext, id: string) {
  const order = await ctx.trx
    .selectFrom('orders')
    .select([
      'id',
      'number',
      'externalId',
      'shippingAddress',
      'invoiceNumber',
      'paidAt',
      'shippedAt',
      'deliveredAt',
      'cancelledAt',
      'itemsMinor',
      'shippingMinor',
      'locale',
      'expectedDeliveryAt',
      'customerId',
    ])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!order) throw notFound('The order')
  const [summary] = (
    await listOrders(ctx, { numbers: [order.externalId] }, { limit: 20 })
  ).items.filter((o: OrderListItem) => o.id === id)
  const items = await ctx.trx
    .selectFrom('orderItems')
    .select(['id', 'name', 'sku', 'quantity', 'unitPriceMinor', 'flags'])
    .where('orderId', '=', id)
    .orderBy('lineNo')
    .execute()
  const shipments = await ctx.trx
    .selectFrom('shipments')
    .select([
      'id',
      'carrier',
      'trackingNumber',
      'status',
      'statusAt',
      'expectedDeliveryAt',
      'deliveredAt',
      'createdAt',
    ])
    .where('orderId', '=', id)
    .orderBy('createdAt')
    .execute()
  const events = shipments.length
    ? await ctx.trx
        .selectFrom('trackingEvents')
        .select(['shipmentId', 'occurredAt', 'status', 'rawCode', 'rawDescription', 'location'])
        .where(
          'shipmentId',
          'in',
          shipments.map((s) => s.id),
        )
        .orderBy('occurredAt', 'desc')
        .execute()
    : []
  const notifications = await ctx.trx
    .selectFrom('orderNotifications')
    .select(['kind', 'channel', 'status', 'scheduledFor', 'sentAt', 'error'])
    .where('orderId', '=', id)
    .orderBy('scheduledFor')
    .execute()
  const alerts = await ctx.trx
    .selectFrom('orderAlerts')
    .select(['id', 'kind', 'detail', 'raisedAt', 'resolvedAt'])
    .where('orderId', '=', id)
    .orderBy('raisedAt', 'desc')
    .execute()
  const statusEvents = await ctx.trx
    .selectFrom('orderStatusEvents')
    .select(['status', 'occurredAt', 'source'])
    .where('orderId', '=', id)
    .execute()
  const conversations = await conversationsAbout(ctx, {
    orderNumbers: [...new Set([order.number, order.externalId])],
  })
  return {
    ...(summary as OrderListItem),
    items: items.map((i) => ({ ...i, unitPriceMinor: Number(i.unitPriceMinor) })),
    itemsMinor: Number(order.itemsMinor),
    shippingMinor: Number(order.shippingMinor),
    shippingAddress: order.shippingAddress,
    invoiceNumber: order.invoiceNumber,
    locale: order.locale,
    shipments: shipments.map((s) => ({
      ...s,
      carrierLabel: s.carrier ? carrierLabel(s.carrier) : null,
      trackingUrl: s.carrier ? trackingUrl(s.carrier, s.trackingNumber) : null,
      events: events.filter((e) => e.shipmentId === s.id),
    })),
    notifications,
    alerts,
    conversations: conversations.map((c) => ({
      id: c.id,
      number: c.number,
      status: c.status,
      subject: c.subject,
      lastMessageAt: c.lastMessageAt,
    })),
    timeline: orderTimeline({ statusEvents, trackingEvents: events, notifications, alerts }),
  }
}
