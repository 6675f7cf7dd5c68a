/** The order-status messages Aftersale sends to buyers on the seller's behalf. */
export const NOTIFICATION_KINDS = [
  'order_received',
  'shipped',
  'out_for_delivery',
  'delivered',
  'delay_notice',
] as const
/** One of NOTIFICATION_KINDS. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** Where a notification goes: an e-mail (subject, text and HTML) or an SMS (text only). */
export type NotificationChannel = 'email' | 'sms'

/** How the seller's messages look: every field but the shop's name is optional. */
export interface NotificationBranding {
  shopName: string
  /** `#rgb` or `#rrggbb`; anything else falls back to the default blue. */
  accentColor?: string
  logoUrl?: string | null
  replyToEmail?: string | null
  footer?: string | null
}

/** The parcel a notification is about, once the order has one. */
export interface NotificationShipment {
  carrierLabel: string
  trackingNumber: string
  trackingUrl: string
}

/** Everything a template may say; amounts in minor units, times as instants. */
export interface OrderNotificationInput {
  /** BCP 47 tag of the buyer's language, e.g. `pl`, `de-AT`; unknown languages get English. */
  locale: string
  order: {
    number: string
    items: { name: string; quantity: number }[]
    totalMinor: number
    currency: string
    expectedDeliveryAt?: Date | null
    /** IANA zone the dates are shown in (the workspace's), e.g. `Europe/Warsaw`. */
    timeZone: string
  }
  shipment?: NotificationShipment | null
  /** Aftersale's own tracking page for this order: every message links to it. */
  trackingPageUrl: string
  branding: NotificationBranding
  customerName?: string | null
}

/** A rendered message; `subject` and `html` are null for SMS. */
export interface RenderedNotification {
  subject: string | null
  text: string
  html: string | null
}
