import { isValidEmail, MAX_EMAIL_CHARS } from '../../../orders/index.js'
import { type FormFields, field } from './form-fields.js'

/** Order numbers are short identifiers; anything longer is refused before a query. */
export const MAX_ORDER_NUMBER_CHARS = 64

/** What the start page asks: the order number and the e-mail it was placed with. */
export type LookupCheck =
  | { ok: true; number: string; email: string }
  | { ok: false; number: string; email: string; incomplete: boolean }

/**
 * Reads the start form. A missing or malformed value is refused with the same words as an
 * unknown order, so the answer never tells which half was wrong.
 */
export function readLookup(fields: FormFields): LookupCheck {
  const number = field(fields, 'number').slice(0, MAX_ORDER_NUMBER_CHARS * 2)
  const email = field(fields, 'email').slice(0, MAX_EMAIL_CHARS * 2)
  const ok =
    number !== '' &&
    number.length <= MAX_ORDER_NUMBER_CHARS &&
    email.length <= MAX_EMAIL_CHARS &&
    isValidEmail(email)
  if (ok) return { ok, number, email }
  return { ok, number, email, incomplete: number === '' || email === '' }
}
