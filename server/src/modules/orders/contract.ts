/**
 * The shapes every order source (Allegro, the seller's shop, CSV) and every carrier adapter
 * hands to the orders module. Amounts are integers in minor units with an ISO 4217 currency.
 */

/** Where an order came from; (workspace, source, externalId) identifies it. */
export type OrderSource = 'allegro' | 'amazon' | 'shop' | 'csv'

/** The marketplace (or own shop) the buyer used. */
export type Marketplace = 'allegro' | 'amazon' | 'kaufland' | 'emag' | 'shop'

/** The order's place in its life; the timeline keeps when each was reached. */
export const ORDER_STATUSES = [
  'placed',
  'paid',
  'ready_to_ship',
  'shipped',
  'delivered',
  'cancelled_by_buyer',
  'cancelled_by_seller',
  'returned',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/**
 * Product properties that decide whether the statutory right of withdrawal applies
 * (Ustawa o prawach konsumenta art. 38; Directive 2011/83/EU art. 16).
 */
export const PRODUCT_FLAGS = [
  'personalized',
  'made_to_order',
  'perishable',
  'sealed_hygiene',
  'sealed_media',
  'newspaper',
  'mixed_after_delivery',
] as const
export type ProductFlag = (typeof PRODUCT_FLAGS)[number]

/** A postal address as sources give it; every field optional except the country. */
export interface PostalAddress {
  name?: string | null
  company?: string | null
  street?: string | null
  city?: string | null
  postCode?: string | null
  /** ISO 3166-1 alpha-2. */
  countryCode: string
  phone?: string | null
}

/** One order line. */
export interface NormalizedOrderItem {
  externalId?: string | null
  sku?: string | null
  name: string
  quantity: number
  unitPriceMinor: number
  flags?: ProductFlag[]
}

/** A parcel known at import time (e.g. Allegro's shipments of a checkout form). */
export interface NormalizedShipment {
  carrier: CarrierCode | null
  trackingNumber: string
}

/** One order in Aftersale's normalised shape, whatever source it came from. */
export interface NormalizedOrder {
  source: OrderSource
  /** Unique within the source for this workspace; import is idempotent on it. */
  externalId: string
  /** What the buyer and the seller call it ("KK-10482", Allegro's checkout-form id). */
  number: string
  marketplace: Marketplace
  channelAccountId?: string | null
  buyer: {
    name: string | null
    email: string | null
    phone: string | null
    /** Marketplace login (Allegro) or the shop's customer id. */
    login: string | null
    locale?: string | null
  }
  shippingAddress?: PostalAddress | null
  billingAddress?: PostalAddress | null
  currency: string
  items: NormalizedOrderItem[]
  shippingMinor?: number
  /** Gross total; defaults to items + shipping. */
  totalMinor?: number
  status: OrderStatus
  placedAt: Date
  paidAt?: Date | null
  shipBy?: Date | null
  deliveredAt?: Date | null
  invoiceNumber?: string | null
  shipments?: NormalizedShipment[]
}

/** Carriers Aftersale recognises by tracking number and links to. */
export const CARRIER_CODES = [
  'inpost',
  'dpd',
  'dhl',
  'gls',
  'ups',
  'poczta_polska',
  'orlen_paczka',
] as const
export type CarrierCode = (typeof CARRIER_CODES)[number]

/** A parcel's normalised state; the carrier's own code is kept beside it. */
export const TRACKING_STATUSES = [
  'info_received',
  'in_transit',
  'out_for_delivery',
  'available_for_pickup',
  'delivered',
  'failed_attempt',
  'exception',
  'returned_to_sender',
] as const
export type TrackingStatus = (typeof TRACKING_STATUSES)[number]

/** One scan or status change of a parcel, as a carrier adapter or webhook reports it. */
export interface TrackingEvent {
  occurredAt: Date
  status: TrackingStatus
  /** The carrier's own status code (e.g. InPost "ready_to_pickup"), kept verbatim. */
  rawCode: string
  rawDescription?: string | null
  location?: string | null
}

/** What a carrier adapter reports for one tracking number. */
export interface TrackingUpdate {
  carrier: CarrierCode
  trackingNumber: string
  /** Oldest first; re-reporting known events is harmless (idempotent by time + raw code). */
  events: TrackingEvent[]
  expectedDeliveryAt?: Date | null
  /** True when the carrier does not know the number (yet). */
  notFound?: boolean
}

/** A carrier API adapter that Aftersale polls for tracking events. */
export interface CarrierTracker {
  carrier: CarrierCode
  /** Looks up several parcels; throws RateLimitedError-like errors with `retryAfterMs`. */
  track(trackingNumbers: string[], signal?: AbortSignal): Promise<TrackingUpdate[]>
}
