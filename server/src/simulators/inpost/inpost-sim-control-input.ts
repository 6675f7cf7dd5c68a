import { InpostSimRequestError } from './inpost-sim-errors.js'
import type { InpostSimParcelInput, InpostSimStatusInput } from './inpost-sim-records.js'

type Body = Record<string, unknown>

const invalid = (field: string, key: string) =>
  new InpostSimRequestError(400, 'Data sent by POST or PUT request are not valid.', {
    [field]: [key],
  })

/** The request body as an object; ShipX-style 400 when it is something else. */
export function bodyOf(raw: unknown): Body {
  if (raw === undefined || raw === null || raw === '') return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid('body', 'invalid_format')
  return raw as Body
}

function requiredString(body: Body, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, 'required')
  return value.trim()
}

function optionalDate(body: Body, field: string): Date | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN)
  if (Number.isNaN(date.getTime())) throw invalid(field, 'invalid_format')
  return date
}

const optionalString = (body: Body, field: string) =>
  typeof body[field] === 'string' ? (body[field] as string) : undefined

/** `{ status, datetime?, originStatus?, agency? }` from a control request. */
export function statusInput(raw: unknown): InpostSimStatusInput {
  const body = bodyOf(raw)
  return {
    status: requiredString(body, 'status'),
    datetime: optionalDate(body, 'datetime'),
    originStatus: optionalString(body, 'originStatus') ?? null,
    agency: optionalString(body, 'agency') ?? null,
  }
}

/** `{ trackingNumber, service?, customAttributes?, createdAt?, statuses? }` for a new parcel. */
export function parcelInput(raw: unknown): InpostSimParcelInput {
  const body = bodyOf(raw)
  const statuses = body.statuses
  if (statuses !== undefined && !Array.isArray(statuses))
    throw invalid('statuses', 'invalid_format')
  const attributes = body.customAttributes
  if (attributes !== undefined && (typeof attributes !== 'object' || attributes === null)) {
    throw invalid('customAttributes', 'invalid_format')
  }
  return {
    trackingNumber: requiredString(body, 'trackingNumber'),
    service: optionalString(body, 'service'),
    customAttributes: attributes as Record<string, unknown> | undefined,
    createdAt: optionalDate(body, 'createdAt'),
    statuses: (statuses ?? []).map(statusInput),
  }
}
