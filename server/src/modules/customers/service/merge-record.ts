import type { MergeRecord } from '../tables.js'
import type { CustomerMetricColumns } from './merge-metrics.js'

/** Everything a merge moved or changed, stored in customer_merges.moved so that it can be undone. */
export interface CustomerMergeMoves extends MergeRecord {
  notes: string[]
  consents: string[]
  tags: { source: string[]; addedToTarget: string[] }
  /** Target fields that were empty and took the source's value. */
  filled: Partial<Record<'name' | 'email' | 'phone' | 'locale', string>>
  /** Attributes the target lacked and took from the source. */
  attributesAdded: Record<string, string>
  targetMetricsBefore: CustomerMetricColumns
  /** Match suggestions between the two that the merge settled. */
  suggestionsSettled: boolean
}
