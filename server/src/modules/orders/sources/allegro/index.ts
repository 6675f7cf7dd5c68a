export { allegroCarrierIdOf, carrierFromAllegroId } from './allegro-carriers.js'
export { minorUnitsOf } from './allegro-money.js'
export {
  type AllegroOrderCursor,
  formatOrderCursor,
  parseOrderCursor,
} from './allegro-order-cursor.js'
export { orderStatusOfForm } from './allegro-order-status.js'
export type * from './allegro-order-types.js'
export { addWaybill, setFulfillmentStatus, type WaybillInput } from './allegro-order-writes.js'
export {
  type AllegroCaller,
  type CheckoutFormsQuery,
  getCheckoutForm,
  latestOrderEventId,
  listCheckoutFormShipments,
  listCheckoutForms,
  readOrderEvents,
} from './allegro-orders-api.js'
export {
  type MapCheckoutFormOptions,
  mapAllegroShipments,
  mapCheckoutForm,
} from './map-checkout-form.js'
export {
  type AllegroOrdersPage,
  type PullAllegroOrdersOptions,
  pullAllegroOrders,
} from './pull-allegro-orders.js'
