/** Order shapes of `GET /orders*`, `/order-alerts`, `/order-settings` and `/conversations/:id/order-context`. */

/** An order's place in its life, in lifecycle order (server: orders/contract.ts). */
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
/** One of ORDER_STATUSES. */
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** Where the buyer bought. */
export const MARKETPLACES = ['allegro', 'amazon', 'kaufland', 'emag', 'shop'] as const
/** One of MARKETPLACES. */
export type Marketplace = (typeof MARKETPLACES)[number]

/** Normalised parcel states (the carrier's own code is kept beside them). */
export type TrackingStatus =
  | 'info_received'
  | 'in_transit'
  | 'out_for_delivery'
  | 'available_for_pickup'
  | 'delivered'
  | 'failed_attempt'
  | 'exception'
  | 'returned_to_sender'

/** Carriers the server recognises by tracking number and links to. */
export const CARRIER_CODES = [
  'inpost',
  'dpd',
  'dhl',
  'gls',
  'ups',
  'poczta_polska',
  'orlen_paczka',
] as const
/** One of CARRIER_CODES. */
export type CarrierCode = (typeof CARRIER_CODES)[number]

/** Problems the server raises before the customer notices them. */
export type OrderAlertKind =
  | 'ship_by_at_risk'
  | 'ship_by_missed'
  | 'no_scan'
  | 'exception'
  | 'returned_to_sender'

/** The order-status messages sent to buyers. */
export const NOTIFICATION_KINDS = [
  'order_received',
  'shipped',
  'out_for_delivery',
  'delivered',
  'delay_notice',
] as const
/** One of NOTIFICATION_KINDS. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** The newest parcel of an order as lists show it. */
export interface ShipmentSummary {
  carrier: CarrierCode | null
  carrierLabel: string | null
  trackingNumber: string
  status: TrackingStatus | null
  trackingUrl: string | null
}

/** An order as lists and side panels show it. */
export interface OrderListItem {
  id: string
  number: string
  marketplace: Marketplace
  source: string
  status: OrderStatus
  placedAt: string
  shipBy: string | null
  totalMinor: number
  currency: string
  buyer: { name: string | null; email: string | null; login: string | null }
  customerId: string | null
  itemsCount: number
  shipment: ShipmentSummary | null
  openAlerts: { kind: OrderAlertKind; detail: string }[]
  /** The customer-facing tracking page (`/t/<token>`). */
  trackingUrl: string | null
}

/** One page of the orders list. */
export interface OrderPage {
  items: OrderListItem[]
  nextCursor: string | null
}

/** One order line; flags decide the right of withdrawal. */
export interface OrderItem {
  /** The order line's id (cases name the lines they cover). */
  id: string
  name: string
  sku: string | null
  quantity: number
  unitPriceMinor: number
  flags: string[]
}

/** A postal address as the source gave it. */
export interface PostalAddress {
  name?: string | null
  company?: string | null
  street?: string | null
  city?: string | null
  postCode?: string | null
  countryCode: string
  phone?: string | null
}

/** One entry of an order's history, whatever produced it. */
export interface TimelineEntry {
  at: string
  kind: 'status' | 'tracking' | 'notification' | 'alert'
  code: string
  detail: string | null
}

/** One carrier scan, the carrier's own code kept beside the normalised state. */
export interface TrackingEventView {
  occurredAt: string
  status: TrackingStatus
  rawCode: string
  rawDescription: string | null
  location: string | null
}

/** A parcel with its scans, newest first. */
export interface ShipmentDetail extends ShipmentSummary {
  id: string
  expectedDeliveryAt: string | null
  events: TrackingEventView[]
}

/** A message to the buyer about the order. */
export interface OrderNotification {
  kind: NotificationKind
  channel: 'email' | 'sms'
  status: string
  scheduledFor: string | null
  sentAt: string | null
  error: string | null
}

/** An alert of one order, open or resolved. */
export interface OrderAlert {
  id: string
  kind: OrderAlertKind
  detail: string
  raisedAt: string
  resolvedAt: string | null
}

/** An inbox conversation that mentions the order. */
export interface LinkedConversation {
  id: string
  number: number
  status: 'open' | 'pending' | 'snoozed' | 'resolved'
  subject: string | null
  lastMessageAt: string
}

/** Everything `GET /orders/:id` says about one order. */
export interface OrderDetail extends OrderListItem {
  items: OrderItem[]
  itemsMinor?: number
  shippingMinor?: number
  shippingAddress: PostalAddress | null
  invoiceNumber: string | null
  timeline: TimelineEntry[]
  shipments: ShipmentDetail[]
  notifications: OrderNotification[]
  alerts: OrderAlert[]
  conversations: LinkedConversation[]
}

/** What `POST /orders/:id/shipments` answers (the carrier is read back from the order). */
export interface AddedShipment {
  shipmentId: string
  created: boolean
}

/** An open alert with the order it is about (`GET /order-alerts`). */
export interface OpenOrderAlert {
  id: string
  kind: OrderAlertKind
  detail: string
  raisedAt: string
  order: { id: string; number: string; buyerName: string | null }
}

/** The settings as `GET /order-settings` shows them (the SMS token only as `smsTokenSet`). */
export interface OrderSettings {
  shipByWarningHours: number
  noScanDays: number
  proactiveMessages: boolean
  notifyEmail: boolean
  notifySms: boolean
  notifyKinds: NotificationKind[]
  quietStart: string
  quietEnd: string
  shopName: string | null
  accentColor: string
  logoUrl: string | null
  replyToEmail: string | null
  emailAccountId: string | null
  smsApiUrl: string | null
  smsSenderName: string | null
  smsTokenSet: boolean
}

/** `PUT /order-settings` body: `smsToken` is write-only (omit to keep, null to remove). */
export type OrderSettingsInput = Omit<OrderSettings, 'smsTokenSet'> & { smsToken?: string | null }

/** The CRM customer beside a conversation. */
export interface ContextCustomer {
  id: string
  name: string | null
  email: string | null
  segments?: string[]
  ordersCount?: number
  lifetimeValueMinor?: number
  currency?: string | null
  /** Tag names, or tag objects as the inbox's customer summary has them. */
  tags?: (string | { id: string; name: string; color: string })[]
}

/** What `GET /conversations/:id/order-context` answers. */
export interface OrderContext {
  linkedOrderId: string | null
  customer: ContextCustomer | null
  orders: OrderListItem[]
}
