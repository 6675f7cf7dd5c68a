import type { CarrierCode } from '../../contract.js'

/** Each carrier's name as its customers know it (brand spelling, e.g. "ORLEN Paczka"). */
const LABELS: Record<CarrierCode, string> = {
  inpost: 'InPost',
  dpd: 'DPD',
  dhl: 'DHL',
  gls: 'GLS',
  ups: 'UPS',
  poczta_polska: 'Poczta Polska',
  orlen_paczka: 'ORLEN Paczka',
}

/** The display name of a carrier; brand names are the same in every interface language. */
export function carrierLabel(carrier: CarrierCode): string {
  return LABELS[carrier]
}
