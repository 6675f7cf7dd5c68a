import type { CarrierCode } from '../../contract.js'

/**
 * Word patterns that name each carrier in marketplace data: Allegro carrier ids (INPOST, DPD,
 * DHL, GLS, UPS, POCZTA_POLSKA, ORLEN; Allegro REST API "carriers" resource), delivery-method
 * names ("Allegro Paczkomaty InPost", "Allegro Kurier DPD", "Allegro Pocztex Kurier48") and
 * brand names (Paczkomat is InPost's trademark, Pocztex and Envelo are Poczta Polska's,
 * "Paczka w RUCHu" is ORLEN Paczka's former name).
 */
const CARRIER_WORDS: [CarrierCode, RegExp][] = [
  ['inpost', /^(inpost|paczkomat(y|ow|u|em|ach|ami|ie)?|paczkopunkt\w*)$/],
  ['dpd', /^dpd\w*$/],
  ['dhl', /^dhl\w*$/],
  ['gls', /^gls$/],
  ['ups', /^ups$/],
  ['poczta_polska', /^(pocztex\w*|kurier48|envelo|poczta)$/],
  ['orlen_paczka', /^(orlen\w*|ruch\w*)$/],
]

const foldDiacritics = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')

/**
 * The carrier a free-text carrier name or id refers to, or null when it names none of ours or
 * more than one (e.g. "DPD / InPost"). Case, diacritics and separators do not matter.
 * Examples: "POCZTA_POLSKA" → poczta_polska, "Paczkomaty InPost" → inpost, "FedEx" → null.
 */
export function carrierFromName(text: string | null | undefined): CarrierCode | null {
  if (!text) return null
  const words = foldDiacritics(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const found = new Set<CarrierCode>()
  for (const word of words) {
    for (const [carrier, pattern] of CARRIER_WORDS) {
      if (pattern.test(word)) found.add(carrier)
    }
  }
  return found.size === 1 ? [...found][0]! : null
}
