import { normalizeEmail } from './email-address.js'
import { nameTokens } from './person-name.js'
import { isPhoneCountry, normalizePhone, type PhoneCountry } from './phone-number.js'
import type { AddressFacts } from './postal-address.js'
import { isNoReplyMailbox, isRelayEmail, type RelayMarketplace } from './relay-email.js'

/** What we know about one customer record when asking whether two records are one person. */
export interface CustomerFacts {
  id: string
  name: string | null
  emails: string[]
  phones: string[]
  /** Channel identities as in `customer_identities` (kind 'email' and 'phone' count as contacts). */
  identities: { kind: string; externalId: string }[]
  addresses: AddressFacts[]
}

/** CustomerFacts normalised once, so that ranking many candidates does not redo the work. */
export interface ComparableFacts {
  id: string
  /** Real (non-relay, personal) addresses: address → canonical mailbox. */
  emails: Map<string, string>
  /** Relay addresses: address → marketplace. */
  relays: Map<string, RelayMarketplace>
  /** E.164 numbers. */
  phones: Set<string>
  /** kind → external ids, for kinds other than 'email' and 'phone'. */
  identities: Map<string, Set<string>>
  name: string | null
  nameTokenCount: number
  addresses: AddressFacts[]
}

/** Where a phone written without "+" most likely comes from: the customer's own address country. */
function phoneCountryOf(facts: CustomerFacts, fallback: PhoneCountry): PhoneCountry {
  const country = facts.addresses[0]?.countryCode.toUpperCase()
  return country && isPhoneCountry(country) ? country : fallback
}

/**
 * Normalises a customer's facts for matching: e-mails split into personal addresses and
 * marketplace relays (no-reply mailboxes dropped, they identify nobody), phones to E.164 in the
 * customer's address country (else `defaultPhoneCountry`), identities grouped by kind.
 */
export function comparableFacts(
  facts: CustomerFacts,
  defaultPhoneCountry: PhoneCountry,
): ComparableFacts {
  const emails = new Map<string, string>()
  const relays = new Map<string, RelayMarketplace>()
  const phones = new Set<string>()
  const identities = new Map<string, Set<string>>()
  const country = phoneCountryOf(facts, defaultPhoneCountry)
  const addEmail = (raw: string) => {
    const email = normalizeEmail(raw)
    if (!email || isNoReplyMailbox(email.address)) return
    const relay = isRelayEmail(email.address)
    if (relay) relays.set(email.address, relay.marketplace)
    else emails.set(email.address, email.canonical)
  }
  const addPhone = (raw: string) => {
    const phone = normalizePhone(raw, country)
    if (phone) phones.add(phone)
  }
  for (const email of facts.emails) addEmail(email)
  for (const phone of facts.phones) addPhone(phone)
  for (const { kind, externalId } of facts.identities) {
    const id = externalId.trim()
    if (id === '') continue
    if (kind === 'email') addEmail(id)
    else if (kind === 'phone') addPhone(id)
    else {
      const known = identities.get(kind) ?? new Set<string>()
      known.add(id)
      identities.set(kind, known)
    }
  }
  const name = facts.name?.trim() || null
  return {
    id: facts.id,
    emails,
    relays,
    phones,
    identities,
    name,
    nameTokenCount: name ? nameTokens(name).length : 0,
    addresses: facts.addresses,
  }
}
