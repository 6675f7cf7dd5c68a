import type { OrderStatus } from '../../contract.js'
import type { AllegroCheckoutForm, AllegroFulfillmentStatus } from './allegro-order-types.js'

// The seller's fulfillment status says how far the parcel got; it outranks the buyer-side
// form status once set (spec CheckoutFormFulfillmentStatus).
const BY_FULFILLMENT: Partial<Record<AllegroFulfillmentStatus, OrderStatus>> = {
  CANCELLED: 'cancelled_by_seller',
  RETURNED: 'returned',
  PICKED_UP: 'delivered',
  SENT: 'shipped',
  READY_FOR_SHIPMENT: 'ready_to_ship',
  READY_FOR_PICKUP: 'ready_to_ship',
}

/**
 * Our status of a checkout form. A form CANCELLED by the buyer (BUYER_CANCELLED) or by Allegro
 * (AUTO_CANCELLED, e.g. never paid) is `cancelled_by_buyer`: the form does not say which, and
 * either way the seller did not cancel. NEW, PROCESSING and SUSPENDED leave the form's own
 * status: READY_FOR_PROCESSING (payment done) is `paid`, BOUGHT and FILLED_IN are `placed`.
 */
export function orderStatusOfForm(
  form: Pick<AllegroCheckoutForm, 'status' | 'fulfillment'>,
): OrderStatus {
  if (form.status === 'CANCELLED') return 'cancelled_by_buyer'
  const fulfillment = form.fulfillment?.status
  const bySeller = fulfillment ? BY_FULFILLMENT[fulfillment] : undefined
  if (bySeller) return bySeller
  return form.status === 'READY_FOR_PROCESSING' ? 'paid' : 'placed'
}
