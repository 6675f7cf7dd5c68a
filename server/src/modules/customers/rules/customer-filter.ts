import type { Marketplace } from '../../orders/contract.js'
import { SEGMENTS, type Segment } from './segments.js'

/** A saved customer filter ("VIP on Allegro who said yes to e-mails"); every field narrows. */
export interface CustomerFilter {
  /** In any of these segments. */
  segments?: Segment[]
  /** Carrying any of these tags (case-insensitive, as tags are citext). */
  tags?: string[]
  minOrders?: number
  maxOrders?: number
  minLifetimeValueMinor?: number
  /** ISO date or date-time; the last order strictly before it. */
  lastOrderBefore?: string
  /** ISO date or date-time; the last order at or after it. */
  lastOrderAfter?: string
  marketplace?: string
  /** A language ('pl') or language-region ('de-AT'); 'de' also finds 'de-AT'. */
  locale?: string
  hasMarketingConsent?: 'email' | 'sms'
  /** Free text over name, e-mails and phones. */
  q?: string
}

/** The outcome of reading a filter from a request or a saved row. */
export type ParsedCustomerFilter =
  | { ok: true; filter: CustomerFilter }
  | { ok: false; problems: string[] }

/** Marketplaces a filter may name: the orders module's list. */
export const FILTER_MARKETPLACES = [
  'allegro',
  'amazon',
  'kaufland',
  'emag',
  'shop',
] as const satisfies readonly Marketplace[]

/** Longest tag name, as the `tags.name` check allows. */
export const MAX_TAG_LENGTH = 40
/** Longest free-text query we accept; longer text is a paste accident, not a search. */
export const MAX_QUERY_LENGTH = 200

const KNOWN_FIELDS = new Set<string>([
  'segments',
  'tags',
  'minOrders',
  'maxOrders',
  'minLifetimeValueMinor',
  'lastOrderBefore',
  'lastOrderAfter',
  'marketplace',
  'locale',
  'hasMarketingConsent',
  'q',
])

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/
const LOCALE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/

/** The instant an ISO date ('2025-03-01' = midnight UTC) or date-time names; null if invalid. */
export function filterInstant(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const calendar = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls "2025-02-30" over to March; a real calendar date survives the round trip.
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null
  const instant = value.length === 10 ? calendar : new Date(value)
  return Number.isNaN(instant.getTime()) ? null : instant
}

type Problems = string[]

function count(
  input: Record<string, unknown>,
  key: string,
  problems: Problems,
): number | undefined {
  const value = input[key]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    problems.push(`${key} must be a whole number of at least 0`)
    return undefined
  }
  return value
}

function list(
  input: Record<string, unknown>,
  key: string,
  problems: Problems,
): string[] | undefined {
  const value = input[key]
  if (value === undefined) return undefined
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    problems.push(`${key} must be a list of strings`)
    return undefined
  }
  return [...new Set(value.map((item) => item.trim()))]
}

function date(input: Record<string, unknown>, key: string, problems: Problems): string | undefined {
  const value = input[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || filterInstant(value) === null) {
    problems.push(`${key} must be an ISO date (2025-03-01) or date-time (2025-03-01T12:00:00Z)`)
    return undefined
  }
  return value
}

function oneOf<T extends string>(
  input: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  problems: Problems,
): T | undefined {
  const value = input[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    problems.push(`${key} must be one of ${allowed.join(', ')}`)
    return undefined
  }
  return value as T
}

/**
 * Reads a customer filter from untrusted JSON (a query, a saved filter row). Every problem is
 * reported, each naming its field ("minOrders must be a whole number of at least 0"); unknown
 * fields are problems too, so a typo never silently widens a saved segment.
 */
export function parseCustomerFilter(input: unknown): ParsedCustomerFilter {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, problems: ['the filter must be an object'] }
  const raw = input as Record<string, unknown>
  const problems: Problems = []
  for (const key of Object.keys(raw))
    if (!KNOWN_FIELDS.has(key)) problems.push(`${key} is not a known filter field`)
  const filter: CustomerFilter = {}

  const segments = list(raw, 'segments', problems)
  const unknownSegments = segments?.filter((s) => !(SEGMENTS as readonly string[]).includes(s))
  if (unknownSegments && unknownSegments.length > 0)
    problems.push(
      `segments has unknown ${unknownSegments.join(', ')}; known: ${SEGMENTS.join(', ')}`,
    )
  else if (segments) filter.segments = segments as Segment[]

  const tags = list(raw, 'tags', problems)
  if (tags?.some((tag) => tag === '' || tag.length > MAX_TAG_LENGTH))
    problems.push(`tags must be 1 to ${MAX_TAG_LENGTH} characters each`)
  else if (tags) filter.tags = tags

  const minOrders = count(raw, 'minOrders', problems)
  const maxOrders = count(raw, 'maxOrders', problems)
  if (minOrders !== undefined && maxOrders !== undefined && minOrders > maxOrders)
    problems.push('minOrders must not be greater than maxOrders')
  if (minOrders !== undefined) filter.minOrders = minOrders
  if (maxOrders !== undefined) filter.maxOrders = maxOrders
  const minValue = count(raw, 'minLifetimeValueMinor', problems)
  if (minValue !== undefined) filter.minLifetimeValueMinor = minValue

  const before = date(raw, 'lastOrderBefore', problems)
  const after = date(raw, 'lastOrderAfter', problems)
  if (before && after && (filterInstant(after) as Date) >= (filterInstant(before) as Date))
    problems.push('lastOrderAfter must be earlier than lastOrderBefore')
  if (before) filter.lastOrderBefore = before
  if (after) filter.lastOrderAfter = after

  const marketplace = oneOf(raw, 'marketplace', FILTER_MARKETPLACES, problems)
  if (marketplace) filter.marketplace = marketplace
  const consent = oneOf(raw, 'hasMarketingConsent', ['email', 'sms'] as const, problems)
  if (consent) filter.hasMarketingConsent = consent

  if (raw.locale !== undefined) {
    if (typeof raw.locale !== 'string' || !LOCALE.test(raw.locale))
      problems.push("locale must look like 'pl' or 'de-AT'")
    else filter.locale = raw.locale
  }
  if (raw.q !== undefined) {
    if (typeof raw.q !== 'string' || raw.q.length > MAX_QUERY_LENGTH)
      problems.push(`q must be text of at most ${MAX_QUERY_LENGTH} characters`)
    else if (raw.q.trim() !== '') filter.q = raw.q.trim()
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, filter }
}
