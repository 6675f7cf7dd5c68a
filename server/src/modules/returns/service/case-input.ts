import type { BuyerType, CaseKind, Remedy } from '../rules/types.js'
import type { CaseSource } from '../tables.js'

/** Reasons a buyer gives, as the portal and the agent form offer them. */
export const RETURN_REASONS = [
  'changed_mind',
  'wrong_size',
  'not_as_described',
  'wrong_item',
  'damaged_in_transit',
  'defective',
  'stopped_working',
  'missing_parts',
  'late_delivery',
  'other',
] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]

/** One line of a new case: an order line (by id) or, for orders Aftersale does not hold, a described item. */
export interface NewCaseItem {
  orderItemId?: string | null
  sku?: string | null
  name?: string | null
  quantity: number
  unitPriceMinor?: number | null
  /** Whether a sealed item was unsealed (art. 38 ust. 1 pkt 5 and 9). */
  unsealed?: boolean
}

/** Everything needed to open a withdrawal or complaint case. */
export interface NewCaseInput {
  kind: CaseKind
  source: CaseSource
  /** The marketplace's id (Allegro customer return or issue id): opening twice returns the first case. */
  externalId?: string | null
  orderId?: string | null
  conversationId?: string | null
  buyerType?: BuyerType
  buyerName?: string | null
  buyerEmail?: string | null
  language?: 'pl' | 'en' | 'de'
  reasonCode: ReturnReason | string
  description?: string
  requestedRemedy?: Remedy | null
  requestedAt?: Date
  items: NewCaseItem[]
  /** Overrides the workspace default (e.g. the seller knows the buyer was not informed). */
  informedOfWithdrawalRight?: boolean
  marketplaceStatus?: string | null
}

/** What opening a case returns. */
export interface OpenedCase {
  caseId: string
  number: string
  portalToken: string
  created: boolean
}
