import { type AcceptReason, REFUSAL_REASONS, type RefusalReason } from '../../rules/types.js'
import { INSPECTION_GROUNDS } from '../../workflow/refusal-grounds.js'

/** The engine's informational codes, listed so the portal can tell a known code from a new one. */
export const ACCEPT_REASONS = [
  'within_statutory_period',
  'within_seller_period',
  'within_programme_period',
  'extended_not_informed',
  'information_given_late',
  'within_liability',
  'regime_consumer_rights_2023',
  'regime_civil_code_warranty',
  'regime_civil_code_b2b',
  'partial_exception',
] as const satisfies readonly AcceptReason[]

/** Every reason code the portal explains in plain words: the engine's, and the inspection's grounds to refuse a complaint. */
export type ExplainedReason = RefusalReason | AcceptReason | (typeof INSPECTION_GROUNDS)[number]

/** Every code the engine or an inspection may give, refusals first. */
export const EXPLAINED_REASONS: readonly ExplainedReason[] = [
  ...REFUSAL_REASONS,
  ...INSPECTION_GROUNDS,
  ...ACCEPT_REASONS,
]

/** Dates a sentence may name, already written out in the page's language. */
export interface ReasonDates {
  /** The last day to act (withdrawal window or the end of liability), or null when unknown. */
  deadline: string | null
}

/** Whether a code from the engine is one the portal has words for. */
export const isExplainedReason = (code: string): code is ExplainedReason =>
  (EXPLAINED_REASONS as readonly string[]).includes(code)
