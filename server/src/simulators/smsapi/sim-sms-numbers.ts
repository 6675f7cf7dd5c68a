import type { InvalidNumber } from './smsapi-errors.js'

// Polish mobile ranges (UKE numbering plan, "Plan numeracji krajowej"): SMS to a landline is
// refused with error 13, as SMSAPI's code table says.
const PL_MOBILE_PREFIXES = [
  '45',
  '50',
  '51',
  '53',
  '57',
  '60',
  '66',
  '69',
  '72',
  '73',
  '78',
  '79',
  '88',
]

/** A recipient the simulator will send to. */
export interface SimRecipient {
  number: string
  submittedNumber: string
  /** Its place in `to`, which pairs it with the matching `idx` of a "|"-separated list. */
  position: number
}

/**
 * Reads `to`: comma-separated numbers, international without "+" or Polish nine-digit ones
 * (SMSAPI.pl prefixes 48). Splits them into sendable recipients and refused numbers.
 */
export function readRecipients(
  to: string,
  blacklist: ReadonlySet<string>,
): { recipients: SimRecipient[]; invalid: InvalidNumber[]; submitted: number } {
  const recipients: SimRecipient[] = []
  const invalid: InvalidNumber[] = []
  const numbers = to
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
  for (const [position, submitted] of numbers.entries()) {
    let digits = submitted.replace(/[\s-]/g, '').replace(/^\+/, '').replace(/^00/, '')
    if (/^\d{9}$/.test(digits)) digits = `48${digits}`
    const polish = digits.startsWith('48')
    const valid =
      /^\d{8,15}$/.test(digits) &&
      (!polish || (digits.length === 11 && PL_MOBILE_PREFIXES.includes(digits.slice(2, 4))))
    if (!valid || blacklist.has(digits)) {
      invalid.push({ number: digits, submitted_number: submitted, message: 'Invalid phone number' })
    } else {
      recipients.push({ number: digits, submittedNumber: submitted, position })
    }
  }
  return { recipients, invalid, submitted: numbers.length }
}
