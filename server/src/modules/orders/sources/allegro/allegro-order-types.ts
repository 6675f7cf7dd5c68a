/**
 * The parts of Allegro's order-management payloads that Aftersale reads, named as in the
 * spec (`/work/shared/specs/allegro/swagger.yaml`, components CheckoutForm, OrderEvent…).
 * Optional fields may also arrive as null.
 */

/** Spec `Price`: the amount is a decimal string "to avoid rounding errors". */
export interface AllegroPrice {
  amount: string
  currency: string
}

/** Spec `CheckoutFormStatus`. */
export type AllegroFormStatus = 'BOUGHT' | 'FILLED_IN' | 'READY_FOR_PROCESSING' | 'CANCELLED'

/** Spec `CheckoutFormFulfillmentStatus`. */
export type AllegroFulfillmentStatus =
  | 'NEW'
  | 'PROCESSING'
  | 'READY_FOR_SHIPMENT'
  | 'READY_FOR_PICKUP'
  | 'SENT'
  | 'PICKED_UP'
  | 'CANCELLED'
  | 'SUSPENDED'
  | 'RETURNED'

/** Spec `CheckoutFormBuyerAddressReference` / `CheckoutFormInvoiceAddress` (post code named both ways). */
export interface AllegroAddress {
  street?: string | null
  city?: string | null
  postCode?: string | null
  zipCode?: string | null
  countryCode?: string | null
}

/** Spec `CheckoutFormLineItem`. */
export interface AllegroLineItem {
  id: string
  offer: { id: string; name: string; external?: { id?: string | null } | null }
  quantity: number
  originalPrice?: AllegroPrice | null
  price: AllegroPrice
  boughtAt?: string | null
}

/** Spec `CheckoutForm`. */
export interface AllegroCheckoutForm {
  id: string
  messageToSeller?: string | null
  buyer: {
    id: string
    email: string
    login: string
    firstName?: string | null
    lastName?: string | null
    companyName?: string | null
    guest?: boolean
    phoneNumber?: string | null
    preferences?: { language?: string | null } | null
    address?: AllegroAddress | null
  }
  payment?: {
    id: string
    type: string
    finishedAt?: string | null
    paidAmount?: AllegroPrice | null
  } | null
  status: AllegroFormStatus
  fulfillment?: {
    status?: AllegroFulfillmentStatus | null
    shipmentSummary?: { lineItemsSent?: 'NONE' | 'SOME' | 'ALL' | null } | null
  } | null
  delivery?: {
    address?:
      | (AllegroAddress & {
          firstName?: string | null
          lastName?: string | null
          companyName?: string | null
          phoneNumber?: string | null
        })
      | null
    method?: { id?: string | null; name?: string | null } | null
    pickupPoint?: { id?: string | null; name?: string | null } | null
    cost?: AllegroPrice | null
    time?: { dispatch?: { from?: string | null; to?: string | null } | null } | null
  } | null
  invoice?: {
    required: boolean
    address?:
      | (AllegroAddress & {
          company?: { name?: string | null } | null
          naturalPerson?: { firstName?: string | null; lastName?: string | null } | null
        })
      | null
  } | null
  lineItems: AllegroLineItem[]
  surcharges?: unknown[]
  marketplace?: { id: string } | null
  summary: { totalToPay: AllegroPrice }
  updatedAt?: string | null
  revision?: string | null
}

/** Spec `CheckoutForms`: one page of `GET /order/checkout-forms`. */
export interface AllegroCheckoutFormsPage {
  checkoutForms: AllegroCheckoutForm[]
  count: number
  totalCount: number
}

/** Spec `OrderEvent`. */
export interface AllegroOrderEvent {
  id: string
  type: string
  occurredAt: string
  order: { checkoutForm?: { id: string; revision?: string | null } | null }
}

/** Spec `CheckoutFormAddWaybillCreated`: a tracking number on an order. */
export interface AllegroShipment {
  id: string
  waybill: string
  carrierId: string
  carrierName?: string | null
  lineItems?: Array<{ id: string }>
  createdAt?: string
}
