import type { Static } from 'typebox'
import { badRequest } from '../../../platform/http/errors.js'
import type { NormalizedOrder, TrackingUpdate } from '../contract.js'
import { normalizeTrackingStatus } from '../rules/carriers/index.js'
import type { ShopOrderSchema, TrackingWebhookSchema } from './order-schemas.js'

const date = (value: string | null | undefined) => (value ? new Date(value) : null)

/** Maps the shop API's order body to the normalised order (source "shop"). */
export function shopOrder(body: Static<typeof ShopOrderSchema>): NormalizedOrder {
  return {
    source: 'shop',
    externalId: body.externalId,
    number: body.number ?? body.externalId,
    marketplace: body.marketplace ?? 'shop',
    buyer: {
      name: body.buyer.name ?? null,
      email: body.buyer.email ?? null,
      phone: body.buyer.phone ?? null,
      login: body.buyer.customerId ?? null,
      locale: body.buyer.locale ?? null,
    },
    shippingAddress: body.shippingAddress ?? null,
    billingAddress: body.billingAddress ?? null,
    currency: body.currency,
    items: body.items,
    shippingMinor: body.shippingMinor,
    totalMinor: body.totalMinor,
    status: body.status,
    placedAt: new Date(body.placedAt),
    paidAt: date(body.paidAt),
    shipBy: date(body.shipBy),
    deliveredAt: date(body.deliveredAt),
    invoiceNumber: body.invoiceNumber ?? null,
    shipments: (body.shipments ?? []).map((s) => ({
      trackingNumber: s.trackingNumber,
      carrier: s.carrier ?? null,
    })),
  }
}

/** Maps a tracking webhook body to an update, normalising carrier codes it did not translate. */
export function webhookTrackingUpdate(body: Static<typeof TrackingWebhookSchema>): TrackingUpdate {
  return {
    carrier: body.carrier,
    trackingNumber: body.trackingNumber.replace(/[\s-]+/g, '').toUpperCase(),
    expectedDeliveryAt: date(body.expectedDeliveryAt),
    events: body.events.map((e, i) => {
      const status = e.status ?? normalizeTrackingStatus(body.carrier, e.rawCode)
      if (!status)
        throw badRequest(
          'unknown_tracking_status',
          `events[${i}].status is missing and rawCode "${e.rawCode}" is not a known ${body.carrier} status`,
        )
      return {
        occurredAt: new Date(e.occurredAt),
        status,
        rawCode: e.rawCode,
        rawDescription: e.rawDescription ?? null,
        location: e.location ?? null,
      }
    }),
  }
}
