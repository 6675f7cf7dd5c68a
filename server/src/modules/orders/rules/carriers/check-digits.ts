/**
 * Check-digit algorithms printed on parcel labels. Each takes the payload without its check
 * character and returns the character the carrier would print, or null when the payload has
 * characters the scheme cannot weigh.
 */

const digitsOnly = (text: string) => /^\d+$/.test(text)

/**
 * GS1 modulo-10 check digit (GS1 General Specifications §7.9.1): weights 3 and 1 alternate
 * from the rightmost payload digit. Used by SSCC (AI 00) and GTIN.
 */
export function gs1CheckDigit(payload: string): string | null {
  if (!digitsOnly(payload)) return null
  let sum = 0
  for (let i = 0; i < payload.length; i++) {
    const digit = Number(payload[payload.length - 1 - i])
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return String((10 - (sum % 10)) % 10)
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7]

/**
 * UPU S10 check digit over the 8-digit serial (UPU standard S10-12 §5.2): weights 8 6 4 2 3 5
 * 9 7, modulo 11, where 10 becomes 0 and 11 becomes 5.
 */
export function s10CheckDigit(serial: string): string | null {
  if (!/^\d{8}$/.test(serial)) return null
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i]!
  const check = 11 - (sum % 11)
  return String(check === 10 ? 0 : check === 11 ? 5 : check)
}

/**
 * UPS 1Z check digit over the 15 characters after "1Z" (UPS tracking number format, as in
 * UPS's Developer Kit): letters count as (position in the alphabet + 1) mod 10, digits in odd
 * positions count once and in even positions twice, and the check digit tops the sum up to a
 * multiple of ten.
 */
export function upsCheckDigit(payload: string): string | null {
  if (!/^[0-9A-Z]{15}$/.test(payload)) return null
  let sum = 0
  for (let i = 0; i < payload.length; i++) {
    const char = payload[i]!
    const value = /\d/.test(char) ? Number(char) : (char.charCodeAt(0) - 63) % 10
    sum += i % 2 === 1 ? value * 2 : value
  }
  return String((10 - (sum % 10)) % 10)
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * ISO/IEC 7064 MOD 37,36 check character (hybrid system over 0-9A-Z), the one DPD prints after
 * its parcel number (DPD Parcel Label Specification §4.6).
 */
export function iso7064Mod3736(payload: string): string | null {
  if (!/^[0-9A-Z]+$/.test(payload)) return null
  const modulus = 36
  let product = modulus
  for (const char of payload) {
    let sum = (product + ALPHANUMERIC.indexOf(char)) % modulus
    if (sum === 0) sum = modulus
    product = (sum * 2) % (modulus + 1)
  }
  return ALPHANUMERIC[(modulus + 1 - product) % modulus]!
}

/**
 * GLS parcel-number check digit (GLS Uni-Box technical documentation §3.2.1): weights 3 and 1
 * alternate from the first of the 11 digits, one is added to the sum, and the check digit tops
 * it up to a multiple of ten.
 */
export function glsCheckDigit(payload: string): string | null {
  if (!/^\d{11}$/.test(payload)) return null
  let sum = 1
  for (let i = 0; i < payload.length; i++) sum += Number(payload[i]) * (i % 2 === 0 ? 3 : 1)
  return String((10 - (sum % 10)) % 10)
}

/**
 * Modulo-7 check digit of a DHL Express 10-digit waybill: the remainder of the first nine
 * digits divided by seven, the scheme IATA air waybill serials use.
 */
export function dhlExpressCheckDigit(payload: string): string | null {
  if (!/^\d{9}$/.test(payload)) return null
  return String(Number(payload) % 7)
}
