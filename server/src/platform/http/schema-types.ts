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

/** A UUID string. */
export const Uuid = Type.String({ format: 'uuid' })

/** Closed object: unknown fields are a 400. */
export const Body = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false })

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Unsafe<Record<string, unknown> | null>({
      type: ['object', 'null'],
      additionalProperties: true,
    }),
  }),
})

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  429: ErrorSchema,
}
