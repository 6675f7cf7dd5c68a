import { badRequest } from '../../../platform/http/errors.js'

/** Limits on the seller's own fields of a customer ("preferred_size": "M"). */
export const ATTRIBUTE_LIMITS = { keys: 50, keyLength: 40, valueLength: 500 } as const

// Snake-case keys survive every export format and read the same in both UI languages.
const KEY = /^[a-z][a-z0-9_]*$/

/**
 * Applies a change to the attributes (a string sets a key, null removes it) and checks the
 * result: at most 50 keys, keys of at most 40 characters matching ^[a-z][a-z0-9_]*$, values
 * of at most 500 characters. Throws a 400 naming the offending key.
 */
export function changedAttributes(
  current: Record<string, string>,
  change: Record<string, string | null>,
): Record<string, string> {
  const next = new Map(Object.entries(current))
  for (const [key, value] of Object.entries(change)) {
    if (key.length > ATTRIBUTE_LIMITS.keyLength || !KEY.test(key))
      throw badRequest(
        'invalid_attribute_key',
        `The attribute name "${key}" must start with a letter and use only a–z, 0–9 and "_" (at most ${ATTRIBUTE_LIMITS.keyLength} characters).`,
        { key },
      )
    if (value === null) {
      next.delete(key)
      continue
    }
    if (typeof value !== 'string' || value.length > ATTRIBUTE_LIMITS.valueLength)
      throw badRequest(
        'invalid_attribute_value',
        `The attribute "${key}" must be text of at most ${ATTRIBUTE_LIMITS.valueLength} characters.`,
        { key },
      )
    next.set(key, value)
  }
  if (next.size > ATTRIBUTE_LIMITS.keys)
    throw badRequest(
      'too_many_attributes',
      `A customer has at most ${ATTRIBUTE_LIMITS.keys} attributes.`,
    )
  return Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : 1)))
}
