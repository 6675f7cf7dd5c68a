import type { ServiceContext } from '../../../platform/context.js'
import { notFound } from '../../../platform/http/errors.js'
import { conversationsAbout } from '../../conversations/index.js'
import { loadCaseEvidence } from './evidence-cases.js'
import { loadMessageEvidence } from './evidence-messages.js'
import { loadPackEvidence } from './evidence-packing.js'

/** Most messages the evidence lists; a dispute rarely needs more and the PDF stays readable. */
const MESSAGE_LIMIT = 1000

/** Everything the evidence PDF prints about one order, gathered in a fixed number of queries. */
export async function loadEvidence(
  ctx: ServiceContext,
  orderId: string,
  options: { caseId?: string } = {},
) {
  const order = await ctx.trx
    .selectFrom('orders')
    .select([
      'id',
      'number',
      'externalId',
      'marketplace',
      'status',
      'buyerName',
      'buyerEmail',
      'buyerLogin',
      'shippingAddress',
      'currency',
      'itemsMinor',
      'shippingMinor',
      'totalMinor',
      'placedAt',
      'paidAt',
      'shippedAt',
      'deliveredAt',
      'cancelledAt',
      'invoiceNumber',
    ])
    .where('id', '=', orderId)
    .executeTakeFirst()
  if (!order) throw notFound('The order')
  const workspace = await ctx.trx
    .selectFrom('workspaces')
    .select(['name', 'timezone'])
    .where('id', '=', ctx.workspaceId)
    .executeTakeFirstOrThrow()
  const items = await ctx.trx
    .selectFrom('orderItems')
    .select(['sku', 'name', 'quantity', 'unitPriceMinor', 'flags'])
    .where('orderId', '=', orderId)
    .orderBy('lineNo')
    .execute()
  const shipments = await loadShipments(ctx, orderId)
  const cases = await loadCaseEvidence(ctx, orderId, options.caseId)
  const conversations = await conversationsAbout(ctx, {
    orderNumbers: [...new Set([order.number, order.externalId])],
  })
  const caseConversations = cases.flatMap((c) => (c.conversationId ? [c.conversationId] : []))
  const conversationIds = [...new Set([...conversations.map((c) => c.id), ...caseConversations])]
  const messages = await loadMessageEvidence(ctx, conversationIds, MESSAGE_LIMIT)
  const packing = await loadPackEvidence(ctx, orderId)
  return {
    workspace,
    order: {
      ...order,
      itemsMinor: Number(order.itemsMinor),
      shippingMinor: Number(order.shippingMinor),
      totalMinor: Number(order.totalMinor),
    },
    items: items.map((i) => ({ ...i, unitPriceMinor: Number(i.unitPriceMinor) })),
    shipments,
    cases,
    messages,
    packing,
    generatedAt: new Date(),
    generatedBy: ctx.actor.label,
  }
}

/** The evidence of one order, as the renderer takes it. */
export type Evidence = Awaited<ReturnType<typeof loadEvidence>>

async function loadShipments(ctx: ServiceContext, orderId: string) {
  const shipments = await ctx.trx
    .selectFrom('shipments')
    .select(['id', 'carrier', 'trackingNumber', 'status', 'createdAt', 'deliveredAt'])
    .where('orderId', '=', orderId)
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
        .orderBy('occurredAt')
        .execute()
    : []
  return shipments.map((s) => ({ ...s, events: events.filter((e) => e.shipmentId === s.id) }))
}
