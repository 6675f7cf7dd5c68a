// The contract file, not the module's index: the CLI evaluates cases without loading the server.
import { PRODUCT_FLAGS, type ProductFlag } from '../../orders/contract.js'
import { parseDay } from './day-number.js'
import type { BuyerType, CaseFacts, CaseItemFacts, CaseKind, ReturnProgramme } from './types.js'

/** A case that could not be read: its id when one was given, and "<field>: <what is wrong>". */
export interface CaseFactsError {
  id: string | number | null
  error: string
}

/** The result of reading one case: its facts, or what is wrong with them. */
export type ParsedCaseFacts = { facts: CaseFacts; id: string | number } | CaseFactsError

class FieldError extends Error {}

type Json = Record<string, unknown>
const KINDS: readonly CaseKind[] = ['withdrawal', 'complaint']
const BUYERS: readonly BuyerType[] = ['consumer', 'sole_trader', 'business']
const FLAGS: readonly string[] = PRODUCT_FLAGS
const COUNTRY = /^[A-Z]{2}$/

const fail = (field: string, problem: string): never => {
  throw new FieldError(`${field}: ${problem}`)
}

function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(field, value === undefined ? 'missing' : `expected one of ${allowed.join(', ')}`)
  }
  return value as T
}

function calendarDate(value: unknown, field: string): string {
  if (value === undefined) fail(field, 'missing')
  if (typeof value !== 'string' || Number.isNaN(parseDay(value))) {
    fail(field, 'expected a real calendar date YYYY-MM-DD')
  }
  return value as string
}

const optionalDate = (value: unknown, field: string): string | null =>
  value === undefined || value === null ? null : calendarDate(value, field)

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean')
    fail(field, value === undefined ? 'missing' : 'expected true or false')
  return value as boolean
}

function days(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 3650) {
    fail(field, 'expected a whole number of days from 0 to 3650')
  }
  return value as number
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) fail(field, value === undefined ? 'missing' : 'expected an array')
  return value as unknown[]
}

function object(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(field, value === undefined ? 'missing' : 'expected an object')
  }
  return value as Json
}

function item(value: unknown, field: string): CaseItemFacts {
  const raw = object(value, field)
  if (typeof raw.sku !== 'string')
    fail(`${field}.sku`, raw.sku === undefined ? 'missing' : 'expected a string')
  const flags = raw.flags === undefined ? [] : array(raw.flags, `${field}.flags`)
  flags.forEach((flag, i) => {
    if (typeof flag !== 'string' || !FLAGS.includes(flag)) {
      fail(`${field}.flags[${i}]`, `expected one of ${FLAGS.join(', ')}`)
    }
  })
  const unsealed = raw.unsealed === undefined ? false : boolean(raw.unsealed, `${field}.unsealed`)
  return { sku: raw.sku as string, flags: flags as ProductFlag[], unsealed }
}

function programme(value: unknown): ReturnProgramme | null {
  if (value === undefined || value === null) return null
  const raw = object(value, 'programme')
  if (typeof raw.name !== 'string') fail('programme.name', 'expected a string')
  return {
    name: raw.name as string,
    returnDays:
      days(raw.returnDays, 'programme.returnDays') ?? fail('programme.returnDays', 'missing'),
    includesBusiness:
      raw.includesBusiness === undefined
        ? false
        : boolean(raw.includesBusiness, 'programme.includesBusiness'),
  }
}

function caseFacts(raw: Json, id: string | number): CaseFacts {
  const kind = oneOf(raw.kind, 'kind', KINDS)
  const buyer = oneOf(raw.buyer, 'buyer', BUYERS)
  if (typeof raw.country !== 'string' || !COUNTRY.test(raw.country)) {
    fail('country', raw.country === undefined ? 'missing' : 'expected a 2-letter ISO 3166-1 code')
  }
  const deliveries = array(raw.deliveries, 'deliveries').map((d, i) =>
    calendarDate(d, `deliveries[${i}]`),
  )
  if (deliveries.length === 0) fail('deliveries', 'no delivery yet; the period has not started')
  const requestedAt = calendarDate(raw.requestedAt, 'requestedAt')
  // Complaints do not depend on the withdrawal information, so they may leave it out.
  const informed =
    kind === 'complaint' && raw.informedOfWithdrawalRight === undefined
      ? true
      : boolean(raw.informedOfWithdrawalRight, 'informedOfWithdrawalRight')
  const items =
    kind === 'complaint' && raw.items === undefined
      ? []
      : array(raw.items, 'items').map((entry, i) => item(entry, `items[${i}]`))
  return {
    id: String(id),
    kind,
    buyer,
    country: raw.country as string,
    deliveries,
    requestedAt,
    informedOfWithdrawalRight: informed,
    informedAt: optionalDate(raw.informedAt, 'informedAt'),
    sellerReturnDays: days(raw.sellerReturnDays, 'sellerReturnDays'),
    orderedAt: optionalDate(raw.orderedAt, 'orderedAt'),
    items,
    programme: programme(raw.programme),
  }
}

/** Reads one case as the CLI contract gives it (docs/returns-rules.md), naming the first wrong field; unknown fields are ignored. */
export function parseCaseFacts(value: unknown): ParsedCaseFacts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'case: expected a JSON object' }
  }
  const raw = value as Json
  const id = raw.id
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { id: null, error: `id: ${id === undefined ? 'missing' : 'expected a string'}` }
  }
  try {
    return { facts: caseFacts(raw, id), id }
  } catch (error) {
    if (error instanceof FieldError) return { id, error: error.message }
    throw error
  }
}
