/** Why two customer records look like one person (or, for negative weights, like two). */
export type MatchReasonCode =
  | 'same_email'
  | 'same_canonical_email'
  | 'same_relay_email'
  | 'same_phone'
  | 'same_identity'
  | 'same_name_and_address'
  | 'same_name_and_postcode'
  | 'similar_name'
  | 'relay_email_only'
  | 'different_marketplace_account'

/** At or above this confidence the records are one person and may be merged without asking. */
export const MERGE_THRESHOLD = 0.95
/** At or above this confidence an agent is asked whether to merge. */
export const SUGGEST_THRESHOLD = 0.5
/** Names at least this alike (nameSimilarity) count as the same name. */
export const NAME_SIMILARITY_THRESHOLD = 0.8
/**
 * Names with fewer words are not evidence: a single word is usually a first name or a
 * marketplace login ("jan123"), shared by thousands.
 */
export const MIN_NAME_TOKENS = 2

/**
 * How much each piece of evidence says on its own (0..1). Positive weights combine as
 * independent evidence: confidence = 1 − Π(1 − w). Negative weights then scale the result by
 * (1 + w). Only the identical personal e-mail, relay alias or marketplace account clears
 * MERGE_THRESHOLD alone; a name with an address at most reaches SUGGEST_THRESHOLD.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchReasonCode, number>> = {
  // A mailbox is personal in the overwhelming majority of buyer records.
  same_email: 0.97,
  // Plus-tags are a convention most providers honour, not a guarantee (RFC 5233); Gmail dots are.
  same_canonical_email: 0.85,
  // Amazon: one alias per buyer–seller relationship, stable over time (Seller Central FAQ);
  // Allegro: generated per buyer and order, so an identical alias is the same buyer.
  same_relay_email: 0.95,
  // Households share phones (a landline, a parent's mobile on a child's order).
  same_phone: 0.85,
  // A marketplace account is one buyer; see IDENTITY_WEIGHTS for other kinds.
  same_identity: 0.98,
  same_name_and_address: 0.75,
  same_name_and_postcode: 0.5,
  similar_name: 0.2,
  relay_email_only: 0,
  // Two different accounts on one marketplace: usually two people, sometimes a private and a
  // business account of one.
  different_marketplace_account: -0.25,
}

/** Identity kinds that are one buyer's account on a marketplace or the seller's own shop. */
export const MARKETPLACE_IDENTITY_KINDS: ReadonlySet<string> = new Set([
  'allegro',
  'amazon',
  'kaufland',
  'emag',
  'ebay',
  'shop',
])

/**
 * Weight of an identical identity of a kind that is not a marketplace account: a widget
 * visitor id is one browser, which family members and shop-floor tablets share.
 */
export const OTHER_IDENTITY_WEIGHT = 0.8

/**
 * Marketplace kinds where two different ids count against a match. The own shop is left out:
 * buyers register twice and guest checkouts get fresh ids.
 */
export const CONFLICTING_IDENTITY_KINDS: ReadonlySet<string> = new Set([
  'allegro',
  'amazon',
  'kaufland',
  'emag',
  'ebay',
])
