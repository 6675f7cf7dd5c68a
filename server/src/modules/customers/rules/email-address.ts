import { isRelayEmail } from './relay-email.js'

/** An e-mail address as stored (`address`) and the mailbox it reaches (`canonical`). */
export interface NormalizedEmail {
  /** Trimmed and lower-cased, plus-tag kept: what we show and write to. */
  address: string
  /** The mailbox behind it: `+tag` dropped, Gmail dots removed; relays stay as they are. */
  canonical: string
}

// Gmail ignores dots in the local part ("Dots don't matter in Gmail addresses",
// support.google.com/mail/answer/7436150); googlemail.com is the older domain of the same
// mailboxes. Other providers make no such promise, so dots elsewhere are kept.
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com'])

// Deliberately loose: one @, no spaces, a dotted domain. We compare addresses, we do not validate
// them for sending (RFC 5321 allows far more than sellers ever see from buyers).
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Normalises a buyer's e-mail for matching: trimmed and lower-cased (providers treat the local
 * part case-insensitively in practice, and `customers.email` is citext), plus-addressing kept in
 * `address` but dropped in `canonical` (RFC 5233 subaddressing), Gmail dots folded only for
 * gmail.com/googlemail.com. Marketplace relay addresses keep their `+tag` even in `canonical`:
 * Allegro's tag is part of an alias it generates (e.g. `hamu7udk3p+17454c1b6@allegromail.pl`),
 * not a buyer's subaddress. Returns null when the text is not an address.
 * Example: ` Jan.Kowalski+shop@GoogleMail.com ` → address `jan.kowalski+shop@googlemail.com`,
 * canonical `jankowalski@gmail.com`.
 */
export function normalizeEmail(raw: string): NormalizedEmail | null {
  const address = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase()
  if (!EMAIL_SHAPE.test(address)) return null
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (isRelayEmail(address)) return { address, canonical: address }
  const untagged = local.split('+')[0] ?? ''
  // "+tag@x" has no mailbox name left; keep it whole rather than invent "@x".
  if (untagged === '') return { address, canonical: address }
  if (GMAIL_DOMAINS.has(domain)) {
    const dotless = untagged.replaceAll('.', '')
    return { address, canonical: `${dotless === '' ? untagged : dotless}@gmail.com` }
  }
  return { address, canonical: `${untagged}@${domain}` }
}
