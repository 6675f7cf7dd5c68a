import {
  NUMBERING_PLANS,
  type NumberingPlan,
  type PhoneCountry,
  planForInternational,
} from './calling-codes.js'

const fits = (plan: NumberingPlan, length: number) =>
  length >= plan.nsnLength[0] && length <= plan.nsnLength[1]

/** E.164 caps a number at 15 digits, country code included (ITU-T E.164 §6.1). */
const E164_MAX_DIGITS = 15

function international(digits: string): string | null {
  if (digits.length > E164_MAX_DIGITS || digits.startsWith('0')) return null
  const plan = planForInternational(digits)
  if (plan) return fits(plan, digits.length - plan.callingCode.length) ? `+${digits}` : null
  return digits.length >= 8 ? `+${digits}` : null
}

function national(digits: string, plan: NumberingPlan): string | null {
  const trunk = plan.trunkPrefix
  if (trunk && digits.startsWith(trunk) && fits(plan, digits.length - trunk.length)) {
    return `+${plan.callingCode}${digits.slice(trunk.length)}`
  }
  const plain = fits(plan, digits.length) ? `+${plan.callingCode}${digits}` : null
  // Typed with the country code but without "+" (48500600700), as exports often do. Where a
  // trunk prefix exists, a bare national number is the odd one out, so the code wins.
  const prefixed = digits.startsWith(plan.callingCode) ? international(digits) : null
  return trunk ? (prefixed ?? plain) : (plain ?? prefixed)
}

/**
 * Turns a phone number as buyers type it into E.164 (`+48500600700`), or null when it cannot
 * be one. National numbers are read in `defaultCountry` (its trunk prefix dropped: DE
 * "0151 2345678" → +491512345678); "+" and "00" mark international ones, and the German habit
 * "+49 (0)30 …" is understood. Letters, extensions and impossible lengths give null.
 */
export function normalizePhoneNumber(
  raw: string | null | undefined,
  defaultCountry: PhoneCountry,
): string | null {
  const trimmed = raw?.trim() ?? ''
  const compact = trimmed.replace(/\(0\)/g, '').replace(/[\s().\-/]/g, '')
  if (!/^\+?\d+$/.test(compact)) return null
  if (compact.startsWith('+')) return international(compact.slice(1))
  if (compact.startsWith('00')) return international(compact.slice(2))
  return national(compact, NUMBERING_PLANS[defaultCountry])
}
