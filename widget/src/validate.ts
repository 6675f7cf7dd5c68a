import type { Messages } from './messages.js'

/** What the pre-chat form asks. */
export interface PrechatForm {
  name: string
  email: string
  orderNumber: string
}

// Deliberately loose: the server validates again; this only catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/** The problems of a filled form, by field, as keys of the messages file. */
export function validatePrechat(
  form: PrechatForm,
): Partial<Record<keyof PrechatForm, keyof Messages>> {
  const problems: Partial<Record<keyof PrechatForm, keyof Messages>> = {}
  if (!form.name.trim()) problems.name = 'nameRequired'
  if (!EMAIL.test(form.email.trim()) || form.email.trim().length > 254)
    problems.email = 'emailInvalid'
  if (form.orderNumber.trim().length > 64) problems.orderNumber = 'orderTooLong'
  return problems
}
