import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { normalizeEmail } from '../rules/email-address.js'
import type { CustomerFacts } from '../rules/match-facts.js'
import {
  isPhoneCountry,
  NUMBERING_PLANS,
  normalizePhone,
  type PhoneCountry,
} from '../rules/phone-number.js'
import { isNoReplyMailbox } from '../rules/relay-email.js'

/** The lookup keys of one customer, as the customer_match_keys view computes them in SQL. */
export interface MatchKeys {
  emails: string[]
  phones: string[]
  postCodes: string[]
}

/**
 * The ways a phone may have been stored (digits only): international with and without "00",
 * national, and national with the trunk prefix ("+48 601…", "0048601…", "601…", "0601…").
 */
export function phoneDigitVariants(raw: string, country: PhoneCountry): string[] {
  const e164 = normalizePhone(raw, country)
  if (!e164) return []
  const international = e164.slice(1)
  const plan = Object.values(NUMBERING_PLANS).find((p) => international.startsWith(p.callingCode))
  const variants = [international, `00${international}`]
  if (plan) {
    const national = international.slice(plan.callingCode.length)
    variants.push(national, `${plan.trunkPrefix}${national}`)
  }
  return [...new Set(variants)]
}

/** A customer's lookup keys: mailboxes (no-reply ones identify nobody), phone digits, post codes. */
export function matchKeysOf(facts: CustomerFacts): MatchKeys {
  const country = facts.addresses[0]?.countryCode.toUpperCase() ?? 'PL'
  const phoneCountry: PhoneCountry = isPhoneCountry(country) ? country : 'PL'
  const emails = [
    ...facts.emails,
    ...facts.identities.filter((i) => i.kind === 'email').map((i) => i.externalId),
  ]
  const phones = [
    ...facts.phones,
    ...facts.identities.filter((i) => i.kind === 'phone').map((i) => i.externalId),
  ]
  return {
    emails: [
      ...new Set(
        emails.flatMap((raw) => {
          const email = normalizeEmail(raw)
          return email && !isNoReplyMailbox(email.address) ? [email.canonical] : []
        }),
      ),
    ],
    phones: [...new Set(phones.flatMap((raw) => phoneDigitVariants(raw, phoneCountry)))],
    postCodes: [
      ...new Set(
        facts.addresses.flatMap((a) => {
          const key = (a.postCode ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '')
          return key ? [key] : []
        }),
      ),
    ],
  }
}

/**
 * Active customers sharing a mailbox, a phone or a post code with any of `facts`, in one query
 * over the indexed customer_match_keys view; returns target id → candidate ids.
 */
export async function matchCandidateIds(
  ctx: ServiceContext,
  facts: CustomerFacts[],
): Promise<Map<string, Set<string>>> {
  const owners = new Map<string, string[]>()
  const keysOf = (kind: keyof MatchKeys) => (f: CustomerFacts, keys: MatchKeys) => {
    for (const key of keys[kind]) {
      const list = owners.get(`${kind}:${key}`) ?? []
      list.push(f.id)
      owners.set(`${kind}:${key}`, list)
    }
  }
  const all: MatchKeys = { emails: [], phones: [], postCodes: [] }
  for (const f of facts) {
    const keys = matchKeysOf(f)
    for (const kind of ['emails', 'phones', 'postCodes'] as const) {
      keysOf(kind)(f, keys)
      all[kind].push(...keys[kind])
    }
  }
  const result = new Map<string, Set<string>>(facts.map((f) => [f.id, new Set()]))
  if (all.emails.length + all.phones.length + all.postCodes.length === 0) return result
  const { rows } = await sql<{ customerId: string; keyKind: string; key: string }>`
    select customer_id, key_kind, key from customer_match_keys
      where key_kind = 'email' and key = any(${all.emails}::text[])
    union all
    select customer_id, key_kind, key from customer_match_keys
      where key_kind = 'phone' and key = any(${all.phones}::text[])
    union all
    select customer_id, key_kind, key from customer_match_keys
      where key_kind = 'post_code' and key = any(${all.postCodes}::text[])`.execute(ctx.trx)
  const kindOf: Record<string, keyof MatchKeys> = {
    email: 'emails',
    phone: 'phones',
    post_code: 'postCodes',
  }
  for (const row of rows)
    for (const target of owners.get(`${kindOf[row.keyKind]}:${row.key}`) ?? [])
      if (target !== row.customerId) result.get(target)?.add(row.customerId)
  return result
}
