import { sql } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { ServiceContext } from '../../../../platform/context.js'
import type { CarrierCode, Marketplace, OrderStatus, TrackingStatus } from '../../contract.js'

/** A parcel with its scans (newest first), as the page shows it; no internal ids. */
export interface TrackingPageParcel {
  carrier: CarrierCode | null
  trackingNumber: string
  status: TrackingStatus | null
  statusAt: Date | null
  expectedDeliveryAt: Date | null
  deliveredAt: Date | null
  events: { occurredAt: Date; status: TrackingStatus; location: string | null }[]
}

/**
 * Everything the public page may show about one order, and nothing more: no buyer name,
 * e-mail, phone or street, no internal ids; the delivery city and country only.
 */
export interface TrackingPageData {
  number: string
  marketplace: Marketplace
  status: OrderStatus
  locale: string | null
  currency: string
  shippingMinor: number
  totalMinor: number
  placedAt: Date
  shippedAt: Date | null
  shipBy: Date | null
  expectedDeliveryAt: Date | null
  city: string | null
  countryCode: string | null
  /** Whether a reply can go to the order's e-mail (the address itself is never shown). */
  hasBuyerEmail: boolean
  items: { name: string; quantity: number; unitPriceMinor: number }[]
  milestones: { status: OrderStatus; occurredAt: Date }[]
  parcels: TrackingPageParcel[]
  branding: {
    shopName: string | null
    accentColor: string | null
    logoUrl: string | null
    replyToEmail: string | null
  }
  /** Problem reports go to the inbox through the workspace's first active chat widget. */
  acceptsReports: boolean
}

/** A parcel's scans kept for the page; a parcel with more shows its latest. */
const EVENTS_PER_PARCEL = 60

const date = (value: unknown) =>
  value === null || value === undefined ? null : new Date(value as string)

/**
 * Loads the page's order in one statement (items, milestones, parcels with their scans,
 * branding and whether reports can be taken, as JSON sub-selects), or null for no such token.
 */
export async function loadTrackingPage(
  ctx: ServiceContext,
  token: string,
): Promise<TrackingPageData | null> {
  const row = await ctx.trx
    .selectFrom('orders as o')
    .leftJoin('orderSettings as s', 's.workspaceId', 'o.workspaceId')
    .select([
      'o.number',
      'o.marketplace',
      'o.status',
      'o.locale',
      'o.currency',
      'o.shippingMinor',
      'o.totalMinor',
      'o.placedAt',
      'o.shippedAt',
      'o.shipBy',
      'o.expectedDeliveryAt',
      's.shopName',
      's.accentColor',
      's.logoUrl',
      's.replyToEmail',
    ])
    .select((eb) => [
      sql<string | null>`o.shipping_address->>'city'`.as('city'),
      sql<string | null>`o.shipping_address->>'countryCode'`.as('countryCode'),
      sql<boolean>`o.buyer_email is not null`.as('hasBuyerEmail'),
      jsonArrayFrom(
        eb
          .selectFrom('orderItems as i')
          .select(['i.name', 'i.quantity', 'i.unitPriceMinor'])
          .whereRef('i.orderId', '=', 'o.id')
          .orderBy('i.lineNo'),
      ).as('items'),
      jsonArrayFrom(
        eb
          .selectFrom('orderStatusEvents as e')
          .select(['e.status', 'e.occurredAt'])
          .whereRef('e.orderId', '=', 'o.id'),
      ).as('milestones'),
      jsonArrayFrom(
        eb
          .selectFrom('shipments as p')
          .select((inner) => [
            'p.carrier',
            'p.trackingNumber',
            'p.status',
            'p.statusAt',
            'p.expectedDeliveryAt',
            'p.deliveredAt',
            jsonArrayFrom(
              inner
                .selectFrom('trackingEvents as t')
                .select(['t.occurredAt', 't.status', 't.location'])
                .whereRef('t.shipmentId', '=', 'p.id')
                .orderBy('t.occurredAt', 'desc')
                .limit(EVENTS_PER_PARCEL),
            ).as('events'),
          ])
          .whereRef('p.orderId', '=', 'o.id')
          .orderBy('p.createdAt')
          .orderBy('p.trackingNumber'),
      ).as('parcels'),
      // Read as the brief of the tracking page asks: the first active chat widget, if any.
      eb
        .exists(
          eb
            .selectFrom('channelAccounts as c')
            .select('c.id')
            .where('c.kind', '=', 'widget')
            .where('c.status', '=', 'active')
            .where('c.deletedAt', 'is', null),
        )
        .as('acceptsReports'),
    ])
    .where('o.trackingToken', '=', token)
    .executeTakeFirst()
  if (!row) return null
  return {
    number: row.number,
    marketplace: row.marketplace,
    status: row.status,
    locale: row.locale,
    currency: row.currency,
    shippingMinor: Number(row.shippingMinor),
    totalMinor: Number(row.totalMinor),
    placedAt: row.placedAt,
    shippedAt: row.shippedAt,
    shipBy: row.shipBy,
    expectedDeliveryAt: row.expectedDeliveryAt,
    city: row.city,
    countryCode: row.countryCode,
    hasBuyerEmail: row.hasBuyerEmail,
    items: row.items.map((i) => ({ ...i, unitPriceMinor: Number(i.unitPriceMinor) })),
    milestones: row.milestones.map((m) => ({
      status: m.status,
      occurredAt: new Date(m.occurredAt),
    })),
    parcels: row.parcels.map((p) => ({
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      status: p.status,
      statusAt: date(p.statusAt),
      expectedDeliveryAt: date(p.expectedDeliveryAt),
      deliveredAt: date(p.deliveredAt),
      events: p.events.map((e) => ({
        occurredAt: new Date(e.occurredAt),
        status: e.status,
        location: e.location,
      })),
    })),
    branding: {
      shopName: row.shopName,
      accentColor: row.accentColor,
      logoUrl: row.logoUrl,
      replyToEmail: row.replyToEmail,
    },
    acceptsReports: row.acceptsReports === true,
  }
}
