import type { CaseEvaluation, CaseKind } from '../../rules/types.js'
import type { CaseStatus, ReturnAddress } from '../../tables.js'
import type { CustomerEvent } from '../rules/customer-view.js'
import type { PortalIssue, RefundState } from '../rules/portal-strings.js'
import type { PortalBranding } from './portal-frame.js'

/** Everything of one case the customer may see, and nothing more. */
export interface CustomerCase {
  number: string
  kind: CaseKind
  status: CaseStatus
  items: { name: string; quantity: number; eligible: boolean; exception: string | null }[]
  dates: Pick<
    CaseEvaluation,
    'deadline' | 'returnGoodsBy' | 'refundBy' | 'respondBy' | 'deemedAcceptedOn'
  >
  /** The engine's codes at opening, explained in words. */
  reasons: string[]
  decision: 'accepted' | 'refused' | null
  justification: string | null
  refunds: { amountMinor: number; currency: string; status: RefundState }[]
  /** Where to send the goods, when the customer should (see showsReturnAddress). */
  returnAddress: ReturnAddress | null
  instructions: string | null
  events: CustomerEvent[]
  photoCount: number
}

/** The status page's state. */
export interface StatusPageInput {
  language: 'pl' | 'en' | 'de'
  nonce: string
  portalToken: string
  timeZone: string
  now: Date
  branding: PortalBranding
  /** The order's tracking link, when the case belongs to an order. */
  orderToken: string | null
  found: CustomerCase
  notice: { kind: 'created' } | { kind: 'photos'; count: number } | null
  photoIssue: PortalIssue | null
}
