import {
  emailReasons,
  identityReasons,
  type MatchReason,
  nameReasons,
  phoneReasons,
} from './match-evidence.js'
import { type ComparableFacts, type CustomerFacts, comparableFacts } from './match-facts.js'
import { MERGE_THRESHOLD, SUGGEST_THRESHOLD } from './match-weights.js'
import type { PhoneCountry } from './phone-number.js'

/** What to do with a pair: merge without asking, ask an agent, or leave apart. */
export type MatchDecision = 'merge' | 'suggest' | 'none'

/** How sure we are that two customer records are one person, and why. */
export interface MatchVerdict {
  /** 0..1 */
  confidence: number
  /** Strongest first. */
  reasons: MatchReason[]
  decision: MatchDecision
}

/** Options for matching; phones without "+" are read in the customer's address country, else this one. */
export interface MatchOptions {
  defaultPhoneCountry?: PhoneCountry
}

const DEFAULT_PHONE_COUNTRY: PhoneCountry = 'PL'

function verdictOf(a: ComparableFacts, b: ComparableFacts): MatchVerdict {
  const reasons = [
    ...identityReasons(a, b),
    ...emailReasons(a, b),
    ...phoneReasons(a, b),
    ...nameReasons(a, b),
  ].sort((x, y) => y.weight - x.weight)
  let doubt = 1
  let penalty = 1
  for (const { weight } of reasons) {
    if (weight > 0) doubt *= 1 - weight
    else if (weight < 0) penalty *= 1 + weight
  }
  const confidence = Math.min(1, Math.max(0, (1 - doubt) * penalty))
  const decision =
    confidence >= MERGE_THRESHOLD ? 'merge' : confidence >= SUGGEST_THRESHOLD ? 'suggest' : 'none'
  return { confidence, reasons, decision }
}

/**
 * Decides whether two customer records are one person. An identical personal e-mail, relay
 * alias or marketplace account merges; a shared phone is strong but only suggests on its own;
 * relay aliases match only themselves, never across marketplaces; a similar name (diacritics
 * and word order ignored) suggests only together with the same address or post code and never
 * merges alone. Weights and thresholds: match-weights.ts.
 */
export function matchCustomers(
  a: CustomerFacts,
  b: CustomerFacts,
  options: MatchOptions = {},
): MatchVerdict {
  const country = options.defaultPhoneCountry ?? DEFAULT_PHONE_COUNTRY
  return verdictOf(comparableFacts(a, country), comparableFacts(b, country))
}

/** One ranked candidate for `matchCandidates`. */
export interface RankedCandidate {
  id: string
  verdict: MatchVerdict
}

/**
 * Ranks candidate records as duplicates of `target`: the target itself and pairs decided
 * 'none' are left out; the most confident first, ties by id for a stable order.
 */
export function matchCandidates(
  target: CustomerFacts,
  candidates: readonly CustomerFacts[],
  options: MatchOptions = {},
): RankedCandidate[] {
  const country = options.defaultPhoneCountry ?? DEFAULT_PHONE_COUNTRY
  const prepared = comparableFacts(target, country)
  return candidates
    .filter((candidate) => candidate.id !== target.id)
    .map((candidate) => ({
      id: candidate.id,
      verdict: verdictOf(prepared, comparableFacts(candidate, country)),
    }))
    .filter((ranked) => ranked.verdict.decision !== 'none')
    .sort(
      (x, y) =>
        y.verdict.confidence - x.verdict.confidence || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    )
}
