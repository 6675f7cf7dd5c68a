import type { TrackingStatus } from '../../contract.js'

/**
 * DHL Shipment Tracking – Unified API, `status.statusCode` (developer.dhl.com): a coarse code
 * on every event; "unknown" says nothing.
 */
export const DHL_STATUS_CODES: Readonly<Record<string, TrackingStatus>> = {
  'PRE-TRANSIT': 'info_received',
  TRANSIT: 'in_transit',
  DELIVERED: 'delivered',
  FAILURE: 'exception',
}

/**
 * UPS Tracking API, `activity.status.type`: M billing information received, MV voided, P
 * pickup, I in transit, O out for delivery, D delivered, X exception, RS returned to shipper,
 * W warehousing. The freight-only DO/DD and "NA" (not available) are left unread.
 */
export const UPS_STATUS_TYPES: Readonly<Record<string, TrackingStatus>> = {
  M: 'info_received',
  MV: 'exception',
  P: 'in_transit',
  I: 'in_transit',
  W: 'in_transit',
  O: 'out_for_delivery',
  D: 'delivered',
  X: 'exception',
  RS: 'returned_to_sender',
}

/**
 * DPD Parcel Life Cycle web service, `statusInfo.status`: the five stages DPD shows on its
 * tracking page, from hand-over to delivery.
 */
export const DPD_STATUS_CODES: Readonly<Record<string, TrackingStatus>> = {
  ACCEPTED: 'in_transit',
  AT_SENDING_DEPOT: 'in_transit',
  ON_THE_ROAD: 'in_transit',
  AT_DELIVERY_DEPOT: 'in_transit',
  DELIVERED: 'delivered',
}

/**
 * GLS Track & Trace progress codes: PREADVICE (data only), INTRANSIT, INWAREHOUSE, INDELIVERY,
 * DELIVERED, DELIVEREDPS (left at a ParcelShop for the buyer to collect) and NOTDELIVERED.
 */
export const GLS_STATUS_CODES: Readonly<Record<string, TrackingStatus>> = {
  PREADVICE: 'info_received',
  INTRANSIT: 'in_transit',
  INWAREHOUSE: 'in_transit',
  INDELIVERY: 'out_for_delivery',
  DELIVERED: 'delivered',
  DELIVEREDPS: 'available_for_pickup',
  NOTDELIVERED: 'failed_attempt',
}

/**
 * Poczta Polska and ORLEN Paczka identify events by their Polish description (e-Monitoring's
 * "Nadanie", "Awizo", "Doręczenie"; ORLEN Paczka's "Gotowa do odbioru"), so these are read by
 * keyword after folding case and diacritics. Order matters: the first rule that fits wins, so
 * "Odebrana przez kuriera" is a pickup from the sender, not a delivery.
 */
export const POLISH_EVENT_KEYWORDS: readonly (readonly [RegExp, TrackingStatus])[] = [
  [/zwrot|odeslan|zwrocon/, 'returned_to_sender'],
  [/nadan|odebran\w* (przez kuriera|od nadawcy)/, 'in_transit'],
  [
    /awizo|do odbioru|czeka na odbior|w punkcie odbioru|dostarczon\w* do (punktu|automatu|placowki)/,
    'available_for_pickup',
  ],
  [/nieudan|proba doreczenia|nie doreczono|brak mozliwosci doreczenia/, 'failed_attempt'],
  [/(wydanie|przekazan\w*) do doreczenia|w doreczeniu|kurier w drodze/, 'out_for_delivery'],
  [/doreczon|\bdoreczenie\b|dostarczon|odebran|wydanie w placowce/, 'delivered'],
  [/przyjec|przyjet|wyslan|w drodze|sortowni|w transporcie/, 'in_transit'],
  [/zarejestrowan|dane przesylki|utworzon|etykiet/, 'info_received'],
]
