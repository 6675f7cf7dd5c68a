import { type CustomerFilter, filterInstant } from './customer-filter.js'
import { foldForComparison } from './person-name.js'
import type { Segment } from './segments.js'

/** What the filter evaluator reads about one customer. */
export interface FilterableCustomer {
  name: string | null
  emails: readonly string[]
  phones: readonly string[]
  segments: readonly Segment[]
  tags: readonly string[]
  ordersCount: number
  lifetimeValueMinor: number
  lastOrderAt: Date | null
  /** Marketplaces the customer bought on. */
  marketplaces: readonly string[]
  locale: string | null
  /** Result of canSendMarketing per channel. */
  marketingConsent: { email: boolean; sms: boolean }
}

const digits = (text: string) => text.replace(/\D/g, '')

function matchesText(customer: FilterableCustomer, q: string): boolean {
  const needle = foldForComparison(q)
  const haystack = [customer.name ?? '', ...customer.emails].map(foldForComparison)
  if (needle !== '' && haystack.some((text) => text.includes(needle))) return true
  // "601 234 567" finds "+48601234567"; a short digit run would match nearly everyone.
  const numeric = digits(q)
  return numeric.length >= 5 && customer.phones.some((phone) => digits(phone).includes(numeric))
}

function matchesLocale(locale: string | null, wanted: string): boolean {
  if (!locale) return false
  const have = locale.toLowerCase()
  const want = wanted.toLowerCase()
  return have === want || (!want.includes('-') && have.startsWith(`${want}-`))
}

/**
 * Whether a customer passes a saved filter: every given field must hold; `segments` and `tags`
 * match when the customer has any of those listed; a date bound excludes customers without an
 * order; `q` is diacritics- and case-insensitive over name and e-mails, and over phone digits.
 * The same semantics are meant for the SQL that lists customers.
 */
export function customerMatchesFilter(
  customer: FilterableCustomer,
  filter: CustomerFilter,
): boolean {
  const { segments, tags, q } = filter
  if (segments && segments.length > 0 && !segments.some((s) => customer.segments.includes(s)))
    return false
  if (tags && tags.length > 0) {
    const own = new Set(customer.tags.map((tag) => tag.toLowerCase()))
    if (!tags.some((tag) => own.has(tag.toLowerCase()))) return false
  }
  if (filter.minOrders !== undefined && customer.ordersCount < filter.minOrders) return false
  if (filter.maxOrders !== undefined && customer.ordersCount > filter.maxOrders) return false
  if (
    filter.minLifetimeValueMinor !== undefined &&
    customer.lifetimeValueMinor < filter.minLifetimeValueMinor
  )
    return false
  const before = filter.lastOrderBefore ? filterInstant(filter.lastOrderBefore) : null
  const after = filter.lastOrderAfter ? filterInstant(filter.lastOrderAfter) : null
  if (before && !(customer.lastOrderAt && customer.lastOrderAt < before)) return false
  if (after && !(customer.lastOrderAt && customer.lastOrderAt >= after)) return false
  if (filter.marketplace && !customer.marketplaces.includes(filter.marketplace)) return false
  if (filter.locale && !matchesLocale(customer.locale, filter.locale)) return false
  if (filter.hasMarketingConsent && !customer.marketingConsent[filter.hasMarketingConsent])
    return false
  return !q || matchesText(customer, q)
}
