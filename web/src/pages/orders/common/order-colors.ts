import type { OrderAlertKind, OrderStatus, TrackingStatus } from '../../../api/order-types'

/** Badge colours per order status: open work blue, done green, cancelled red, returned orange. */
export const ORDER_STATUS_COLORS: Record<OrderStatus, string> = {
  placed: 'gray',
  paid: 'blue',
  ready_to_ship: 'indigo',
  shipped: 'violet',
  delivered: 'green',
  cancelled_by_buyer: 'red',
  cancelled_by_seller: 'red',
  returned: 'orange',
}

/** Badge colours per parcel state; problems are orange/red like SLA badges in the inbox. */
export const TRACKING_STATUS_COLORS: Record<TrackingStatus, string> = {
  info_received: 'gray',
  in_transit: 'blue',
  out_for_delivery: 'cyan',
  available_for_pickup: 'teal',
  delivered: 'green',
  failed_attempt: 'orange',
  exception: 'red',
  returned_to_sender: 'orange',
}

/** Alerts that mean the customer is already let down are red; early warnings are orange. */
export const ALERT_COLORS: Record<OrderAlertKind, string> = {
  ship_by_at_risk: 'orange',
  ship_by_missed: 'red',
  no_scan: 'orange',
  exception: 'red',
  returned_to_sender: 'red',
}

/** Orders that have not left the warehouse yet: the ones a ship-by countdown applies to. */
export const UNSHIPPED: readonly OrderStatus[] = ['placed', 'paid', 'ready_to_ship']
