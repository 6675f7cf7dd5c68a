/** Countries whose national phone formats we understand (the marketplaces' markets). */
export const PHONE_COUNTRIES = ['PL', 'DE', 'CZ', 'SK', 'RO', 'HU', 'BG', 'GB'] as const
export type PhoneCountry = (typeof PHONE_COUNTRIES)[number]

/** A national numbering plan reduced to what normalisation needs. */
export interface NumberingPlan {
  callingCode: string
  /** Dialled before the national number inside the country ('' where there is none). */
  trunkPrefix: string
  /** Allowed lengths of the national significant number (digits after the calling code). */
  minLength: number
  maxLength: number
}

/**
 * Numbering plans from the ITU-T E.164 national plan notifications of each regulator:
 * PL (UKE) 9 digits, no trunk prefix; DE (BNetzA) 0 + 6–13 digits; CZ (ČTÚ) 9 digits, none;
 * SK (RÚ) 0 + 9; RO (ANCOM) 0 + 9; HU (NMHH) 06 + 8–9; BG (CRC) 0 + 7–9; GB (Ofcom) 0 + 9–10.
 */
export const NUMBERING_PLANS: Readonly<Record<PhoneCountry, NumberingPlan>> = {
  PL: { callingCode: '48', trunkPrefix: '', minLength: 9, maxLength: 9 },
  DE: { callingCode: '49', trunkPrefix: '0', minLength: 6, maxLength: 13 },
  CZ: { callingCode: '420', trunkPrefix: '', minLength: 9, maxLength: 9 },
  SK: { callingCode: '421', trunkPrefix: '0', minLength: 9, maxLength: 9 },
  RO: { callingCode: '40', trunkPrefix: '0', minLength: 9, maxLength: 9 },
  HU: { callingCode: '36', trunkPrefix: '06', minLength: 8, maxLength: 9 },
  BG: { callingCode: '359', trunkPrefix: '0', minLength: 7, maxLength: 9 },
  GB: { callingCode: '44', trunkPrefix: '0', minLength: 9, maxLength: 10 },
}

// E.164 §6: at most 15 digits after "+"; below 8 nothing real is left once a code is taken.
const E164_MIN_DIGITS = 8
const E164_MAX_DIGITS = 15

// Spaces, dashes, dots, slashes and brackets are how people group digits, nothing more.
const GROUPING = /[\s\-./()\u00a0]/g

const plans = Object.values(NUMBERING_PLANS)

function validNational(plan: NumberingPlan, national: string): boolean {
  return (
    national.length >= plan.minLength &&
    national.length <= plan.maxLength &&
    !national.startsWith('0')
  )
}

function fromInternational(digits: string): string | null {
  const plan = plans.find((p) => digits.startsWith(p.callingCode))
  if (!plan) {
    // Another country: keep it if it is a plausible E.164 number, we cannot check more.
    const plausible = digits.length >= E164_MIN_DIGITS && digits.length <= E164_MAX_DIGITS
    return plausible && !digits.startsWith('0') ? `+${digits}` : null
  }
  const national = digits.slice(plan.callingCode.length)
  return validNational(plan, national) ? `+${plan.callingCode}${national}` : null
}

function fromNational(digits: string, plan: NumberingPlan): string | null {
  if (plan.trunkPrefix && digits.startsWith(plan.trunkPrefix)) {
    const national = digits.slice(plan.trunkPrefix.length)
    if (validNational(plan, national)) return `+${plan.callingCode}${national}`
  }
  // "48601234567" typed without "+": the calling code is there, only the sign is missing.
  if (digits.startsWith(plan.callingCode)) {
    const national = digits.slice(plan.callingCode.length)
    if (validNational(plan, national)) return `+${plan.callingCode}${national}`
  }
  return validNational(plan, digits) ? `+${plan.callingCode}${digits}` : null
}

/**
 * Normalises a phone number to E.164 (`+48601234567`), reading numbers without an international
 * prefix in `defaultCountry`'s format: "601 234 567" (PL), "0151 2345 6789" (DE),
 * "06 30 123 4567" (HU), "+49 (0)30 1234567", "0048 601-234-567". Returns null for anything
 * that does not fit the country's numbering plan or carries letters or an extension.
 * Numbers from other countries pass when written internationally and E.164-plausible.
 */
export function normalizePhone(raw: string, defaultCountry: PhoneCountry): string | null {
  const trimmed = raw.trim()
  // "+49 (0)30 …": the bracketed trunk zero is a German/British habit, not part of the number.
  const compact = trimmed.replace(/^((?:\+|00)\d{1,3})\s*\(0\)/, '$1').replace(GROUPING, '')
  if (!/^\+?\d+$/.test(compact)) return null
  if (compact.startsWith('+')) return fromInternational(compact.slice(1))
  if (compact.startsWith('00')) return fromInternational(compact.slice(2))
  return fromNational(compact, NUMBERING_PLANS[defaultCountry])
}

/** True when `value` is one of the countries whose national formats we understand. */
export function isPhoneCountry(value: string): value is PhoneCountry {
  return (PHONE_COUNTRIES as readonly string[]).includes(value)
}
