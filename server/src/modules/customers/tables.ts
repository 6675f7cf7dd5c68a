import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>

/** What a merge moved from the source customer, so that an unmerge can move it back. */
export interface MergeRecord {
  identities: { kind: string; externalId: string }[]
  /** Ids of rows in other modules re-pointed to the target (orders, conversations). */
  repointed: Record<string, string[]>
  source: { name: string | null; email: string | null; phone: string | null; locale: string | null }
}

/** Row types of the customers module's tables. */
export interface CustomerTables {
  customers: {
    id: Generated<string>
    workspaceId: string
    name: string | null
    email: string | null
    phone: string | null
    locale: string | null
    attributes: ColumnType<Record<string, string>, string | undefined, string>
    ordersCount: Generated<number>
    lifetimeValueMinor: ColumnType<string | number, number | string | undefined, number | string>
    currency: string | null
    firstOrderAt: NullableTimestamp
    lastOrderAt: NullableTimestamp
    openComplaints: Generated<number>
    complaints90d: Generated<number>
    negativeReviews: Generated<number>
    lastNegativeSentimentAt: NullableTimestamp
    segments: ColumnType<string[], string[] | undefined, string[]>
    segmentsAt: NullableTimestamp
    mergedIntoId: string | null
    erasedAt: NullableTimestamp
    createdAt: Timestamp
    updatedAt: Timestamp
  }
  customerNotes: {
    id: Generated<string>
    workspaceId: string
    customerId: string
    authorId: string | null
    authorLabel: string
    text: string
    createdAt: Generated<Date>
  }
  customerConsents: {
    id: Generated<string>
    workspaceId: string
    customerId: string
    purpose: 'marketing_email' | 'marketing_sms'
    granted: boolean
    source: string
    recordedBy: string
    recordedAt: Timestamp
  }
  customerMerges: {
    id: Generated<string>
    workspaceId: string
    targetId: string
    sourceId: string
    moved: ColumnType<MergeRecord, string, string>
    mergedBy: string
    mergedAt: Generated<Date>
    unmergedAt: NullableTimestamp
  }
  customerMatchSuggestions: {
    workspaceId: string
    customerId: string
    candidateId: string
    confidence: number
    reasons: ColumnType<{ code: string; detail: string; weight: number }[], string, string>
    status: ColumnType<'open' | 'merged' | 'dismissed', string | undefined, string>
    createdAt: Generated<Date>
  }
  customerSavedFilters: {
    id: Generated<string>
    workspaceId: string
    name: string
    filter: ColumnType<Record<string, unknown>, string, string>
    createdBy: string
    createdAt: Generated<Date>
  }
  customerRfmThresholds: {
    workspaceId: string
    recencyDays: number[]
    frequency: number[]
    monetary: number[]
    computedAt: Timestamp
  }
  customerIdentities: {
    workspaceId: string
    customerId: string
    /** 'email', 'allegro', 'widget', … : where the customer is known by `externalId`. */
    kind: string
    externalId: string
    createdAt: Generated<Date>
  }
  tags: {
    id: Generated<string>
    workspaceId: string
    name: string
    color: string
    createdAt: Generated<Date>
  }
  /** Read-only view over this workspace's customers whose search indexes work under RLS. */
  customerSearch: {
    id: string
    name: string | null
    email: string | null
    createdAt: Date
  }
  customerTags: {
    workspaceId: string
    customerId: string
    tagId: string
  }
}
