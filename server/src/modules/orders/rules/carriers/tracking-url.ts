import type { CarrierCode } from '../../contract.js'

type Language = 'pl' | 'en' | 'de'

/** "pl-PL", "en_GB", "DE" → the language part; anything we have no page for reads as English. */
function languageOf(locale: string | undefined): Language {
  const language = (locale ?? 'pl').slice(0, 2).toLowerCase()
  return language === 'pl' || language === 'de' ? language : 'en'
}

/**
 * Public tracking pages per carrier and language, as the carriers link them from their own
 * sites. Where a carrier has one page for every language (InPost, DPD Polska, Poczta Polska,
 * ORLEN Paczka) the Polish page is used, since the parcels are Polish ones.
 */
const PAGES: Record<CarrierCode, (number: string, language: Language) => string> = {
  inpost: (n) => `https://inpost.pl/sledzenie-przesylek?number=${n}`,
  dpd: (n) => `https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=${n}`,
  dhl: (n, language) => {
    const site = { pl: 'pl-pl', en: 'pl-en', de: 'de-de' }[language]
    return `https://www.dhl.com/${site}/home/tracking.html?tracking-id=${n}&submit=1`
  },
  gls: (n, language) => {
    const path = {
      pl: 'PL/pl/sledzenie-paczek',
      en: 'PL/en/parcel-tracking',
      de: 'DE/de/paketverfolgung',
    }[language]
    return `https://gls-group.eu/${path}?match=${n}`
  },
  ups: (n, language) => {
    const loc = { pl: 'pl_PL', en: 'en_GB', de: 'de_DE' }[language]
    return `https://www.ups.com/track?loc=${loc}&tracknum=${n}`
  },
  poczta_polska: (n) => `https://emonitoring.poczta-polska.pl/?numer=${n}`,
  orlen_paczka: (n) => `https://www.orlenpaczka.pl/sledz-paczke/?numer=${n}`,
}

/**
 * The carrier's public tracking page for a parcel, in the reader's language where the carrier
 * has one ("pl", "en", "de" or a longer tag such as "de-AT"; default Polish). The number is
 * normalised of spaces and URL-encoded.
 * Example: trackingUrl('inpost', '6123 4567') → https://inpost.pl/sledzenie-przesylek?number=61234567
 */
export function trackingUrl(carrier: CarrierCode, trackingNumber: string, locale?: string): string {
  const number = encodeURIComponent(trackingNumber.replace(/\s+/g, ''))
  return PAGES[carrier](number, languageOf(locale))
}
