import type { ServiceContext } from '../../../platform/context.js'
import { type ConsentRecord, currentConsents } from './consents.js'
import { type CustomerNote, latestNotes } from './customer-notes.js'
import { type CustomerIdentity, listIdentities } from './identities.js'
import { loadCustomer } from './load-customer.js'
import { type OpenSuggestion, openSuggestions } from './match-suggestions.js'
import type { Tag } from './tags.js'

/** A customer's order and satisfaction figures. */
export interface CustomerMetricsView {
  ordersCount: number
  lifetimeValueMinor: number
  currency: string | null
  firstOrderAt: Date | null
  lastOrderAt: Date | null
  openComplaints: number
  complaints90d: number
  negativeReviews: number
  lastNegativeSentimentAt: Date | null
}

/** Everything the customer page shows. */
export interface CustomerProfile {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  locale: string | null
  attributes: Record<string, string>
  createdAt: Date
  updatedAt: Date
  mergedIntoId: string | null
  erasedAt: Date | null
  segments: string[]
  segmentsAt: Date | null
  metrics: CustomerMetricsView
  identities: CustomerIdentity[]
  tags: Tag[]
  notes: CustomerNote[]
  /** The record in force per purpose (absent purpose: never asked, so no). */
  consents: ConsentRecord[]
  suggestions: OpenSuggestion[]
  /** Customers merged into this one that can still be separated. */
  merges: {
    id: string
    sourceId: string
    sourceName: string | null
    mergedAt: Date
    mergedBy: string
  }[]
}

/** The customer page in seven queries, whatever the customer holds. */
export async function customerProfile(ctx: ServiceContext, id: string): Promise<CustomerProfile> {
  const row = await loadCustomer(ctx, id)
  const identities = await listIdentities(ctx, id)
  const tags = await ctx.trx
    .selectFrom('customerTags')
    .innerJoin('tags', 'tags.id', 'customerTags.tagId')
    .select(['tags.id', 'tags.name', 'tags.color'])
    .where('customerTags.customerId', '=', id)
    .orderBy('tags.name')
    .execute()
  const notes = await latestNotes(ctx, id, 50)
  const consents = (await currentConsents(ctx, [id])).get(id) ?? []
  const suggestions = (await openSuggestions(ctx, [id])).get(id) ?? []
  const merges = await ctx.trx
    .selectFrom('customerMerges')
    .innerJoin('customers as source', 'source.id', 'customerMerges.sourceId')
    .select([
      'customerMerges.id',
      'customerMerges.sourceId',
      'source.name as sourceName',
      'customerMerges.mergedAt',
      'customerMerges.mergedBy',
    ])
    .where('customerMerges.targetId', '=', id)
    .where('customerMerges.unmergedAt', 'is', null)
    .orderBy('customerMerges.mergedAt', 'desc')
    .execute()
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    attributes: row.attributes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mergedIntoId: row.mergedIntoId,
    erasedAt: row.erasedAt,
    segments: row.segments,
    segmentsAt: row.segmentsAt,
    metrics: {
      ordersCount: row.ordersCount,
      lifetimeValueMinor: Number(row.lifetimeValueMinor),
      currency: row.currency,
      firstOrderAt: row.firstOrderAt,
      lastOrderAt: row.lastOrderAt,
      openComplaints: row.openComplaints,
      complaints90d: row.complaints90d,
      negativeReviews: row.negativeReviews,
      lastNegativeSentimentAt: row.lastNegativeSentimentAt,
    },
    identities,
    tags,
    notes,
    consents,
    suggestions,
    merges,
  }
}
