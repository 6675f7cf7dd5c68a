import type { CustomerFilter } from '../../api/customer-types'
import { isSegment } from './common/segment-colors'

/** The list's state as the URL keeps it: a filter and, optionally, a saved filter it narrows. */
export interface CustomerListState {
  filter: CustomerFilter
  savedFilterId?: string
}

const MARKETPLACES = new Set(['allegro', 'amazon', 'kaufland', 'emag', 'shop'])

/** Reads `?q=&segments=vip,loyal&minOrders=2&consent=email&marketplace=&saved=<id>`. */
export function readCustomerState(params: URLSearchParams): CustomerListState {
  const filter: CustomerFilter = {}
  const q = params.get('q')?.trim()
  if (q) filter.q = q
  const segments = (params.get('segments') ?? '').split(',').filter(isSegment)
  if (segments.length > 0) filter.segments = segments
  const minOrders = Number(params.get('minOrders'))
  if (Number.isSafeInteger(minOrders) && minOrders > 0) filter.minOrders = minOrders
  const consent = params.get('consent')
  if (consent === 'email' || consent === 'sms') filter.hasMarketingConsent = consent
  const marketplace = params.get('marketplace')
  if (marketplace && MARKETPLACES.has(marketplace)) filter.marketplace = marketplace
  const saved = params.get('saved')
  return { filter, ...(saved ? { savedFilterId: saved } : {}) }
}

/** The query string for a list state, defaults left out. */
export function customerStateSearch(state: CustomerListState): string {
  const params = new URLSearchParams()
  const { filter } = state
  if (filter.q) params.set('q', filter.q)
  if (filter.segments?.length) params.set('segments', filter.segments.join(','))
  if (filter.minOrders) params.set('minOrders', String(filter.minOrders))
  if (filter.hasMarketingConsent) params.set('consent', filter.hasMarketingConsent)
  if (filter.marketplace) params.set('marketplace', filter.marketplace)
  if (state.savedFilterId) params.set('saved', state.savedFilterId)
  const qs = params.toString()
  return qs ? `?${qs}` : ''
}

/**
 * The fields of a saved filter this page has controls for, so its chips and selects show what
 * the saved filter picks (fields without a control still apply through `savedFilterId`).
 */
export function visibleFilterOf(saved: CustomerFilter): CustomerFilter {
  const params = new URLSearchParams(customerStateSearch({ filter: saved }).replace(/^\?/, ''))
  return readCustomerState(params).filter
}

/** Whether the filter narrows anything (worth saving). */
export function hasFilter(filter: CustomerFilter): boolean {
  return Object.values(filter).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined))
}

/** Adds or removes one segment. */
export function toggleSegment(filter: CustomerFilter, segment: string): CustomerFilter {
  const current = filter.segments ?? []
  const segments = current.includes(segment)
    ? current.filter((s) => s !== segment)
    : [...current, segment]
  return { ...filter, segments: segments.length > 0 ? segments : undefined }
}
