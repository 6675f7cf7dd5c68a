/** The buyer-side form status (spec `CheckoutFormStatus`). */
export const FORM_STATUSES = ['BOUGHT', 'FILLED_IN', 'READY_FOR_PROCESSING', 'CANCELLED'] as const
export type SimFormStatus = (typeof FORM_STATUSES)[number]

/** The seller-side status (spec `CheckoutFormFulfillmentStatus`). */
export const FULFILLMENT_STATUSES = [
  'NEW',
  'PROCESSING',
  'READY_FOR_SHIPMENT',
  'READY_FOR_PICKUP',
  'SENT',
  'PICKED_UP',
  'CANCELLED',
  'SUSPENDED',
  'RETURNED',
] as const
export type SimFulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

/** Event types of `GET /order/events` (spec `OrderEventType`). */
export const ORDER_EVENT_TYPES = [
  'BOUGHT',
  'FILLED_IN',
  'READY_FOR_PROCESSING',
  'BUYER_CANCELLED',
  'FULFILLMENT_STATUS_CHANGED',
  'BUYER_MODIFIED',
  'AUTO_CANCELLED',
] as const
export type SimOrderEventType = (typeof ORDER_EVENT_TYPES)[number]

/** A postal address as the simulator keeps it (the spec names the code `zipCode` or `postCode`). */
export interface SimAddress {
  street: string
  city: string
  postCode: string
  countryCode: string
}

/** The buyer as the checkout form shows them to the seller. */
export interface SimOrderBuyer {
  id: string
  login: string
  /** Allegro's masked relay address, never the buyer's own mailbox. */
  email: string
  firstName: string
  lastName: string
  companyName: string | null
  phoneNumber: string | null
  address: SimAddress
  /** BCP 47, e.g. `pl-PL` (spec `BuyerPreferencesReference.language`). */
  language: string
}

/** One bought offer; amounts are decimal strings as Allegro sends them. */
export interface SimLineItem {
  id: string
  offerId: string
  name: string
  externalId: string | null
  quantity: number
  price: string
  originalPrice: string
  boughtAt: Date
}

/** A pickup point chosen on the delivery form. */
export interface SimPickupPoint {
  id: string
  name: string
  description: string
  address: SimAddress
}

/** What the buyer chose on the delivery form. */
export interface SimDelivery {
  methodId: string
  methodName: string
  pickupPoint: SimPickupPoint | null
  cost: string
  receiver: { firstName: string; lastName: string; phoneNumber: string | null } & SimAddress
  dispatchFrom: Date
  /** The latest dispatch: the ship-by deadline. */
  dispatchTo: Date
}

/** Invoice data from the form; `company` null means a private purchase. */
export interface SimInvoice {
  required: boolean
  address: SimAddress | null
  company: { name: string; taxId: string } | null
}

/** A parcel tracking number added to the order (spec `CheckoutFormAddWaybillCreated`). */
export interface SimShipment {
  id: string
  carrierId: string
  carrierName: string | null
  waybill: string
  lineItemIds: string[]
  createdAt: Date
}

/** A checkout form: the simulator's order. */
export interface SimOrder {
  id: string
  sellerLogin: string
  buyer: SimOrderBuyer
  status: SimFormStatus
  fulfillmentStatus: SimFulfillmentStatus
  currency: string
  lineItems: SimLineItem[]
  delivery: SimDelivery
  invoice: SimInvoice
  payment: { id: string; type: 'ONLINE' | 'CASH_ON_DELIVERY'; finishedAt: Date | null }
  messageToSeller: string | null
  marketplaceId: string
  shipments: SimShipment[]
  updatedAt: Date
  /** Bumped on every change; the revision string is derived from it. */
  version: number
  revision: string
}

/** One entry of the event journal; `seq` is the numeric event id. */
export interface SimOrderEvent {
  seq: number
  type: SimOrderEventType
  orderId: string
  sellerLogin: string
  /** The form's revision right after the change. */
  revision: string
  occurredAt: Date
}
