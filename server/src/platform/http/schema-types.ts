import { Type } from 'typebox'

// Plain `enum` and `type: [T, 'null']` instead of anyOf: fast-json-stringify serialises anyOf by
// running a validator per value, and Ajv's anyOf errors ("must match a schema in anyOf") say
// less than enum's ("must be equal to one of the allowed values").

/** A string that is one of `values`. */
export const StringEnum = <const T extends string>(
  values: readonly T[],
  options: { description?: string } = {},
) => Type.Unsafe<T>({ type: 'string', enum: [...values], ...options })

/** A string (optionally of a format) or null. */
export const NullableString = (options: { format?: string } = {}) =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], ...options })
