import type { CarrierCode } from '../../contract.js'

/** Business days from handover to delivery that a carrier's standard service usually takes. */
export interface TransitDays {
  min: number
  max: number
}

/**
 * Usual domestic (Poland) delivery times of each carrier's standard service, as the carriers
 * publish them: InPost "D+1 for parcels posted in a Paczkomat, D+2 otherwise" (inpost.pl,
 * Paczkomaty service terms); DPD Classic, DHL Parcel Polska and UPS Standard next business
 * day; GLS 24–72 h; Poczta Polska from Pocztex (D+1) to Paczka ekonomiczna (D+3 or more);
 * ORLEN Paczka 1–3 days. Ranges err long: a later date that comes true beats an early one.
 */
const DOMESTIC: Record<CarrierCode, TransitDays> = {
  inpost: { min: 1, max: 2 },
  dpd: { min: 1, max: 2 },
  dhl: { min: 1, max: 2 },
  ups: { min: 1, max: 2 },
  gls: { min: 1, max: 3 },
  poczta_polska: { min: 1, max: 4 },
  orlen_paczka: { min: 1, max: 3 },
}

/** When the carrier is not known yet: the widest of the common domestic ranges. */
const UNKNOWN_CARRIER: TransitDays = { min: 1, max: 3 }

/** Crossing a border inside the EU by road adds a line haul and a hand-over to a partner network. */
const CROSS_BORDER_EXTRA: TransitDays = { min: 1, max: 3 }

/**
 * The usual business days in transit for a parcel of `carrier` to `countryCode` (ISO 3166-1
 * alpha-2; null or "PL" is domestic). Sellers are Polish, so "abroad" means from Poland.
 */
export function typicalTransitDays(
  carrier: CarrierCode | null,
  countryCode: string | null,
): TransitDays {
  const base = carrier ? DOMESTIC[carrier] : UNKNOWN_CARRIER
  const abroad = countryCode !== null && countryCode.toUpperCase() !== 'PL'
  if (!abroad) return base
  return { min: base.min + CROSS_BORDER_EXTRA.min, max: base.max + CROSS_BORDER_EXTRA.max }
}
