/** Customer shapes of `GET /customers*` (server: customers/routes/schemas.ts). */
import type { TagRef } from './inbox-types'

/** What a customer may agree to: marketing by e-mail and by SMS are separate consents. */
export type ConsentPurpose = 'marketing_email' | 'marketing_sms'
/** Every consent purpose, in the order the profile shows them. */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['marketing_email', 'marketing_sms']

/** A customer as `GET /customers` lists it. */
export interface CustomerListItem {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  locale: string | null
  segments: string[]
  ordersCount: number
  lifetimeValueMinor: number
  currency: string | null
  lastOrderAt: string | null
  mergedIntoId: string | null
  erasedAt: string | null
  tags: TagRef[]
}

/** One page of the customer list. */
export interface CustomerPage {
  items: CustomerListItem[]
  nextCursor: string | null
}

/** Where a customer is known: an e-mail, an Allegro login, a chat visitor. */
export interface CustomerIdentity {
  kind: string
  externalId: string
  createdAt: string
}

/** An agent's internal note about a customer. */
export interface CustomerNote {
  id: string
  authorId: string | null
  authorLabel: string
  text: string
  createdAt: string
}

/** One recorded marketing choice, kept as proof (GDPR art. 7(1)). */
export interface ConsentRecord {
  id: string
  purpose: ConsentPurpose
  granted: boolean
  source: string
  recordedBy: string
  recordedAt: string
}

/** A profile that looks like the same person, with the evidence. */
export interface MatchSuggestion {
  candidate: { id: string; name: string | null; email: string | null; phone: string | null }
  confidence: number
  reasons: { code: string; detail: string; weight: number }[]
  createdAt: string
}

/** A profile merged into this one (undo with `POST /customers/merges/:id/unmerge`). */
export interface CustomerMerge {
  id: string
  sourceId: string
  sourceName: string | null
  mergedAt: string
  mergedBy: string
}

/** A customer's order and satisfaction figures. */
export interface CustomerMetrics {
  ordersCount: number
  lifetimeValueMinor: number
  currency: string | null
  firstOrderAt: string | null
  lastOrderAt: string | null
  openComplaints: number
  complaints90d: number
  negativeReviews: number
  lastNegativeSentimentAt: string | null
}

/** Everything `GET /customers/:id` says about one customer. */
export interface CustomerProfile {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  locale: string | null
  attributes: Record<string, string>
  createdAt: string
  updatedAt: string
  mergedIntoId: string | null
  erasedAt: string | null
  segments: string[]
  segmentsAt: string | null
  metrics: CustomerMetrics
  identities: CustomerIdentity[]
  tags: TagRef[]
  notes: CustomerNote[]
  /** Every recorded choice, newest first (GDPR art. 7(1) proof). */
  consents: ConsentRecord[]
  suggestions: MatchSuggestion[]
  merges: CustomerMerge[]
}

/** `PATCH /customers/:id`: null clears a field; an attribute set to null is removed. */
export interface CustomerChange {
  name?: string | null
  email?: string | null
  phone?: string | null
  locale?: string | null
  attributes?: Record<string, string | null>
}

/** A segment with its labels, rule parameters and customer count. */
export interface SegmentSummary {
  id: string
  labelPl: string
  labelEn: string
  descriptionPl: string
  descriptionEn: string
  parameters: Record<string, number>
  customers: number
}

/** The fields a customer list can be narrowed by (server: customers/rules/customer-filter.ts). */
export interface CustomerFilter {
  segments?: string[]
  tags?: string[]
  minOrders?: number
  maxOrders?: number
  minLifetimeValueMinor?: number
  lastOrderBefore?: string
  lastOrderAfter?: string
  marketplace?: string
  locale?: string
  hasMarketingConsent?: 'email' | 'sms'
  q?: string
}

/** A customer filter saved under a name for the whole team. */
export interface SavedFilter {
  id: string
  name: string
  filter: CustomerFilter
  createdBy: string
  createdAt: string
}

/** One entry of `GET /customers/:id/timeline` (orders carry their amount). */
export interface CustomerTimelineItem {
  at: string
  kind: 'order' | 'conversation' | 'return' | 'review'
  id: string
  title: string
  status: string
  amountMinor?: number
  currency?: string
}
