import type { CarrierCode } from '../../contract.js'

/**
 * Allegro carrier ids (`GET /order/carriers`) of the carriers Aftersale tracks. `ORLEN Paczka`
 * was `Paczka w RUCHU` before the 2022 rebrand, and older orders still carry that id.
 */
const BY_ALLEGRO_ID: Record<string, CarrierCode> = {
  INPOST: 'inpost',
  DPD: 'dpd',
  DHL: 'dhl',
  GLS: 'gls',
  UPS: 'ups',
  POCZTA_POLSKA: 'poczta_polska',
  POCZTEX: 'poczta_polska',
  ORLEN_PACZKA: 'orlen_paczka',
  ORLEN: 'orlen_paczka',
  PACZKA_W_RUCHU: 'orlen_paczka',
}

const TO_ALLEGRO_ID: Record<CarrierCode, string> = {
  inpost: 'INPOST',
  dpd: 'DPD',
  dhl: 'DHL',
  gls: 'GLS',
  ups: 'UPS',
  poczta_polska: 'POCZTA_POLSKA',
  orlen_paczka: 'ORLEN_PACZKA',
}

// For carrierId OTHER the seller types a free-text name (spec CheckoutFormAddWaybillRequest).
const BY_NAME: Array<[RegExp, CarrierCode]> = [
  [/inpost|paczkomat/i, 'inpost'],
  [/\bdpd\b/i, 'dpd'],
  [/\bdhl\b/i, 'dhl'],
  [/\bgls\b/i, 'gls'],
  [/\bups\b/i, 'ups'],
  [/poczta|pocztex/i, 'poczta_polska'],
  [/orlen|ruch/i, 'orlen_paczka'],
]

/**
 * Our carrier for an Allegro carrier id, or for `OTHER` its typed name; null when Aftersale
 * cannot tell (e.g. `ALLEGRO`, whose parcels may travel with several carriers).
 */
export function carrierFromAllegroId(
  carrierId: string,
  carrierName?: string | null,
): CarrierCode | null {
  const known = BY_ALLEGRO_ID[carrierId.trim().toUpperCase()]
  if (known) return known
  if (carrierId.toUpperCase() !== 'OTHER' || !carrierName) return null
  return BY_NAME.find(([pattern]) => pattern.test(carrierName))?.[1] ?? null
}

/** The Allegro carrier id to send with a waybill of one of our carriers. */
export function allegroCarrierIdOf(carrier: CarrierCode): string {
  return TO_ALLEGRO_ID[carrier]
}
