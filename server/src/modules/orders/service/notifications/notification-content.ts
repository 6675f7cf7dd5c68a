import type { ServiceContext } from '../../../../platform/context.js'
import { workspaceTimeZone } from '../../../identity/index.js'
import { carrierLabel, trackingUrl } from '../../rules/carriers/index.js'
import { renderOrderNotification } from '../../rules/notifications/index.js'
import type { OrderTables } from '../../tables.js'
import type { OrderSettings } from '../settings/order-settings.js'

type Notification = Pick<OrderTables['orderNotifications'], 'kind' | 'channel'> & {
  orderId: string
}

/** Renders a notification for its order in the customer's language, with the seller's branding. */
export async function notificationContent(
  ctx: ServiceContext,
  notification: Notification,
  settings: OrderSettings,
  publicUrl: string,
) {
  const order = await ctx.trx
    .selectFrom('orders')
    .select([
      'number',
      'locale',
      'buyerName',
      'totalMinor',
      'currency',
      'trackingToken',
      'expectedDeliveryAt',
    ])
    .where('id', '=', notification.orderId)
    .executeTakeFirstOrThrow()
  const items = await ctx.trx
    .selectFrom('orderItems')
    .select(['name', 'quantity'])
    .where('orderId', '=', notification.orderId)
    .orderBy('lineNo')
    .execute()
  const shipment = await ctx.trx
    .selectFrom('shipments')
    .select(['carrier', 'trackingNumber', 'expectedDeliveryAt'])
    .where('orderId', '=', notification.orderId)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst()
  const locale = order.locale?.slice(0, 2).toLowerCase() ?? 'pl'
  return renderOrderNotification(
    notification.kind,
    {
      locale,
      order: {
        number: order.number,
        items,
        totalMinor: Number(order.totalMinor),
        currency: order.currency,
        expectedDeliveryAt: shipment?.expectedDeliveryAt ?? order.expectedDeliveryAt,
        timeZone: await workspaceTimeZone(ctx),
      },
      shipment: shipment?.carrier
        ? {
            carrierLabel: carrierLabel(shipment.carrier),
            trackingNumber: shipment.trackingNumber,
            trackingUrl: trackingUrl(shipment.carrier, shipment.trackingNumber, locale),
          }
        : null,
      trackingPageUrl: `${publicUrl.replace(/\/$/, '')}/t/${order.trackingToken}`,
      branding: {
        shopName: settings.shopName ?? 'Aftersale',
        accentColor: settings.accentColor,
        logoUrl: settings.logoUrl,
        replyToEmail: settings.replyToEmail,
      },
      customerName: order.buyerName,
    },
    notification.channel,
  )
}
