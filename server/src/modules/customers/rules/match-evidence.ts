import type { ComparableFacts } from './match-facts.js'
import {
  CONFLICTING_IDENTITY_KINDS,
  MARKETPLACE_IDENTITY_KINDS,
  MATCH_WEIGHTS,
  type MatchReasonCode,
  MIN_NAME_TOKENS,
  NAME_SIMILARITY_THRESHOLD,
  OTHER_IDENTITY_WEIGHT,
} from './match-weights.js'
import { nameSimilarity } from './person-name.js'
import { samePostCode, sameStreetAddress } from './postal-address.js'

/** One piece of evidence with its weight and a sentence an agent can check. */
export interface MatchReason {
  code: MatchReasonCode
  weight: number
  detail: string
}

const reason = (code: MatchReasonCode, detail: string, weight = MATCH_WEIGHTS[code]) => ({
  code,
  weight,
  detail,
})

function shared<T>(a: Iterable<T>, b: { has(value: T): boolean }): T[] {
  return [...a].filter((value) => b.has(value))
}

/** E-mail evidence: identical personal address, same mailbox, identical relay alias. */
export function emailReasons(a: ComparableFacts, b: ComparableFacts): MatchReason[] {
  const reasons: MatchReason[] = []
  const same = shared(a.emails.keys(), b.emails)
  if (same.length > 0) reasons.push(reason('same_email', `both use ${same.join(', ')}`))
  else {
    const canonicalB = new Set(b.emails.values())
    const mailboxes = [...new Set(shared(a.emails.values(), canonicalB))]
    if (mailboxes.length > 0)
      reasons.push(
        reason('same_canonical_email', `addresses reach the same mailbox ${mailboxes.join(', ')}`),
      )
  }
  // A relay is compared only with itself: the same alias string on the same marketplace domain.
  const relays = shared(a.relays.keys(), b.relays)
  if (relays.length > 0)
    reasons.push(reason('same_relay_email', `both use the marketplace alias ${relays.join(', ')}`))
  if (reasons.length === 0) {
    const relayOnly = (f: ComparableFacts) => f.relays.size > 0 && f.emails.size === 0
    const hasAny = (f: ComparableFacts) => f.relays.size + f.emails.size > 0
    if (hasAny(a) && hasAny(b) && (relayOnly(a) || relayOnly(b))) {
      const markets = [...new Set([...a.relays.values(), ...b.relays.values()])].join(', ')
      reasons.push(
        reason(
          'relay_email_only',
          `e-mails include only marketplace relay aliases (${markets}); a relay reaches the buyer only through its marketplace and is never compared with other addresses`,
        ),
      )
    }
  }
  return reasons
}

/** Phone evidence: the same E.164 number. */
export function phoneReasons(a: ComparableFacts, b: ComparableFacts): MatchReason[] {
  const same = shared(a.phones, b.phones)
  return same.length > 0 ? [reason('same_phone', `both use ${same.join(', ')}`)] : []
}

/** Identity evidence: the same account of one kind, or conflicting accounts on one marketplace. */
export function identityReasons(a: ComparableFacts, b: ComparableFacts): MatchReason[] {
  const matches: string[] = []
  let weight = 0
  const conflicts: string[] = []
  for (const [kind, idsA] of a.identities) {
    const idsB = b.identities.get(kind)
    if (!idsB) continue
    const same = shared(idsA, idsB)
    if (same.length > 0) {
      matches.push(`${kind} ${same.join(', ')}`)
      const w = MARKETPLACE_IDENTITY_KINDS.has(kind)
        ? MATCH_WEIGHTS.same_identity
        : OTHER_IDENTITY_WEIGHT
      weight = Math.max(weight, w)
    } else if (CONFLICTING_IDENTITY_KINDS.has(kind)) conflicts.push(kind)
  }
  const reasons: MatchReason[] = []
  if (matches.length > 0)
    reasons.push(reason('same_identity', `same account: ${matches.join('; ')}`, weight))
  if (conflicts.length > 0)
    reasons.push(
      reason('different_marketplace_account', `different accounts on ${conflicts.join(', ')}`),
    )
  return reasons
}

/**
 * Name evidence, at most one reason: a similar name with the same street address, else with the
 * same post code, else on its own (which never reaches SUGGEST_THRESHOLD).
 */
export function nameReasons(a: ComparableFacts, b: ComparableFacts): MatchReason[] {
  if (!a.name || !b.name) return []
  if (a.nameTokenCount < MIN_NAME_TOKENS || b.nameTokenCount < MIN_NAME_TOKENS) return []
  const similarity = nameSimilarity(a.name, b.name)
  if (similarity < NAME_SIMILARITY_THRESHOLD) return []
  const names = `"${a.name}" ≈ "${b.name}" (${similarity.toFixed(2)})`
  const pairs = a.addresses.flatMap((x) => b.addresses.map((y) => [x, y] as const))
  const door = pairs.find(([x, y]) => sameStreetAddress(x, y))
  if (door) {
    const [x] = door
    return [
      reason('same_name_and_address', `${names} at ${x.street}, ${x.postCode ?? x.city ?? ''}`),
    ]
  }
  const area = pairs.find(([x, y]) => samePostCode(x, y))
  if (area) return [reason('same_name_and_postcode', `${names} in ${area[0].postCode}`)]
  return [reason('similar_name', names)]
}
