import type { CarrierMatch } from './carrier-match.js'
import {
  dhlExpressCheckDigit,
  glsCheckDigit,
  iso7064Mod3736,
  upsCheckDigit,
} from './check-digits.js'

/** UPS "1Z" numbers: 1Z, 6-character shipper account, 2-digit service, 7-digit package, check. */
export function recognizeUps(number: string): CarrierMatch[] {
  if (!/^1Z[0-9A-Z]{16}$/.test(number)) return []
  const expected = upsCheckDigit(number.slice(2, 17))
  if (expected === number[17]) {
    return [{ carrier: 'ups', confidence: 0.98, reason: 'UPS 1Z number with a valid check digit' }]
  }
  const reason = `UPS 1Z prefix, but the check digit should be ${expected}`
  return [{ carrier: 'ups', confidence: 0.5, reason }]
}

/**
 * DHL formats: Parcel/eCommerce piece numbers prefixed JJD or JVGL, and 10-digit DHL Express
 * waybills whose last digit is the first nine modulo 7.
 */
export function recognizeDhl(number: string): CarrierMatch[] {
  if (/^JJD\d{10,24}$/.test(number)) {
    const reason = 'JJD prefix of DHL Parcel / eCommerce piece numbers'
    return [{ carrier: 'dhl', confidence: 0.95, reason }]
  }
  if (/^JVGL\d{8,24}$/.test(number)) {
    return [{ carrier: 'dhl', confidence: 0.9, reason: 'JVGL prefix of DHL eCommerce numbers' }]
  }
  if (!/^\d{10}$/.test(number)) return []
  if (dhlExpressCheckDigit(number.slice(0, 9)) === number[9]) {
    const reason = '10-digit DHL Express waybill with a valid modulo-7 check digit'
    return [{ carrier: 'dhl', confidence: 0.6, reason }]
  }
  const reason = '10 digits like a DHL Express waybill, but the modulo-7 check digit does not match'
  return [{ carrier: 'dhl', confidence: 0.15, reason }]
}

/**
 * DPD formats: the 14-digit parcel number (4-digit depot, 10-digit serial) optionally followed
 * by its ISO 7064 MOD 37,36 check character, DPD Polska waybills (13 digits and a letter), and
 * the 28-character label barcode (%, postcode, parcel number, service, country).
 */
export function recognizeDpd(number: string): CarrierMatch[] {
  const barcode = /^%[0-9A-Z]{7}(\d{14})\d{6}$/.exec(number)
  if (barcode) {
    const reason = `DPD label barcode carrying parcel number ${barcode[1]}`
    return [{ carrier: 'dpd', confidence: 0.9, reason }]
  }
  if (/^\d{13}[A-Z]$/.test(number)) {
    const reason = 'DPD Polska waybill: 13 digits followed by a letter'
    return [{ carrier: 'dpd', confidence: 0.85, reason }]
  }
  if (/^\d{14}$/.test(number)) {
    const reason =
      '14 digits like a DPD parcel number (depot + serial); other carriers use bare digits too'
    return [{ carrier: 'dpd', confidence: 0.6, reason }]
  }
  if (!/^\d{14}[0-9A-Z]$/.test(number)) return []
  const expected = iso7064Mod3736(number.slice(0, 14))
  if (expected === number[14]) {
    const reason = 'DPD parcel number with a valid ISO 7064 MOD 37,36 check character'
    return [{ carrier: 'dpd', confidence: 0.85, reason }]
  }
  const reason = `DPD-like parcel number, but the MOD 37,36 check character should be ${expected}`
  return [{ carrier: 'dpd', confidence: /\d$/.test(number) ? 0.2 : 0.4, reason }]
}

/** GLS parcel numbers: 11 digits and a check digit, often printed without the check digit. */
export function recognizeGls(number: string): CarrierMatch[] {
  if (/^\d{11}$/.test(number)) {
    const reason = '11 digits: a GLS parcel number without its check digit (bare digits, ambiguous)'
    return [{ carrier: 'gls', confidence: 0.35, reason }]
  }
  if (!/^\d{12}$/.test(number)) return []
  if (glsCheckDigit(number.slice(0, 11)) === number[11]) {
    const reason = '12-digit GLS parcel number with a valid check digit'
    return [{ carrier: 'gls', confidence: 0.7, reason }]
  }
  return [
    { carrier: 'gls', confidence: 0.15, reason: '12 digits, but not a valid GLS check digit' },
  ]
}

/** InPost ShipX numbers are 24 digits (e.g. 612345678901234567890123 in the ShipX docs). */
export function recognizeInpost(number: string): CarrierMatch[] {
  if (!/^\d{24}$/.test(number)) return []
  const reason =
    '24 digits, the length of InPost ShipX tracking numbers; no other carrier here uses it'
  return [{ carrier: 'inpost', confidence: 0.9, reason }]
}

/**
 * ORLEN Paczka publishes no number format and issues plain digits, so a 10–14-digit number is
 * only ever a weak ORLEN Paczka candidate.
 */
export function recognizeOrlenPaczka(number: string): CarrierMatch[] {
  if (!/^\d{10,14}$/.test(number)) return []
  const reason = 'plain digits; ORLEN Paczka numbers have no published format, so only a guess'
  return [{ carrier: 'orlen_paczka', confidence: 0.1, reason }]
}
