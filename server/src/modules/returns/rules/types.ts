import type { ProductFlag } from '../../orders/index.js'

/** What the buyer asks for: to withdraw from the contract, or a complaint about non-conformity. */
export type CaseKind = 'withdrawal' | 'complaint'

/** Who bought: a consumer, a sole trader buying outside their profession (art. 7aa / 38a), or a business. */
export type BuyerType = 'consumer' | 'sole_trader' | 'business'

/** Which law governs a complaint: the Consumer Rights Act since 2023, the Civil Code's rękojmia before, or the contract (B2B). */
export type LegalRegime = 'consumer_rights_2023' | 'civil_code_warranty' | 'civil_code_b2b'

/** A remedy for non-conformity (art. 43d–43e Ustawa o prawach konsumenta). */
export type Remedy = 'repair' | 'replacement' | 'price_reduction' | 'withdrawal'

/** Reason codes that refuse a case; the CLI contract names exactly these. */
export const REFUSAL_REASONS = [
  'period_expired',
  'liability_expired',
  'no_statutory_right',
  'exception_personalized',
  'exception_perishable',
  'exception_sealed_hygiene',
  'exception_sealed_media',
  'exception_newspaper',
  'exception_mixed',
] as const
export type RefusalReason = (typeof REFUSAL_REASONS)[number]

/** Informational reason codes that explain an acceptance. */
export type AcceptReason =
  | 'within_statutory_period'
  | 'within_seller_period'
  | 'within_programme_period'
  | 'extended_not_informed'
  | 'information_given_late'
  | 'within_liability'
  | 'regime_consumer_rights_2023'
  | 'regime_civil_code_warranty'
  | 'regime_civil_code_b2b'
  | 'partial_exception'

/** One item the buyer wants to return or complains about. */
export interface CaseItemFacts {
  sku: string
  flags: readonly ProductFlag[]
  /** Whether a sealed item (hygiene, audio/video/software) was unsealed after delivery. */
  unsealed?: boolean
}

/** A marketplace returns programme layered on top of the statute (only ever more generous). */
export interface ReturnProgramme {
  /** e.g. 'allegro', 'amazon', 'kaufland', 'emag', 'shop'. */
  name: string
  /** Days from taking possession the programme accepts returns; below 14 it changes nothing. */
  returnDays: number
  /** Whether the programme also takes back business buyers' purchases. */
  includesBusiness?: boolean
}

/** The facts of one case, as the CLI and the case service give them; dates are YYYY-MM-DD (Europe/Warsaw). */
export interface CaseFacts {
  id?: string
  kind: CaseKind
  buyer: BuyerType
  /** ISO 3166-1 alpha-2 of the buyer. */
  country: string
  /** Days the buyer took possession of each part of the order (one entry per delivery). */
  deliveries: readonly string[]
  /** The day the buyer made the statement or the complaint. */
  requestedAt: string
  /** Whether the buyer was informed of the right of withdrawal (art. 12 ust. 1 pkt 9). */
  informedOfWithdrawalRight: boolean
  /** When the information was given late (within the 12-month extension): restarts 14 days from it. */
  informedAt?: string | null
  /** The seller's own, voluntary window in days (e.g. 30); shorter than 14 changes nothing. */
  sellerReturnDays?: number | null
  /** The day the contract was concluded (the order date); picks the complaint regime. */
  orderedAt?: string | null
  items: readonly CaseItemFacts[]
  programme?: ReturnProgramme | null
}

/** The per-item outcome of a withdrawal (art. 38 exceptions apply item by item). */
export interface ItemEligibility {
  sku: string
  eligible: boolean
  reason: RefusalReason | null
}

/** What the engine decides for one case; dates are YYYY-MM-DD, null where not applicable. */
export interface CaseEvaluation {
  id?: string
  decision: 'accept' | 'refuse'
  reasons: Array<RefusalReason | AcceptReason>
  /** The last day the buyer could act (withdrawal window, or end of the liability period). */
  deadline: string | null
  /** The seller's answer deadline for a complaint (plain 14th day from requestedAt). */
  respondBy: string | null
  /** The refund deadline of an accepted withdrawal (plain 14th day from requestedAt). */
  refundBy: string | null
  /** The buyer's deadline to send the goods back after withdrawing (art. 34 ust. 1). */
  returnGoodsBy: string | null
  /** Which law governs the case. */
  regime: LegalRegime | 'consumer_withdrawal' | 'none'
  /** A complaint left unanswered past respondBy counts as accepted from this day (art. 7a; KC art. 561⁵). */
  deemedAcceptedOn: string | null
  items: ItemEligibility[]
}
