import type { AddressObject, EmailAddress } from 'mailparser'
import type { InboundMessage } from '../contract.js'

// Deliberately simple: enough to reject what a parser salvaged from garbage ('">@"@x').
const plausibleAddress = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+\.[^\s@<>()",;:\\]+$/

function firstMailbox(header: AddressObject | AddressObject[] | undefined): EmailAddress | null {
  const objects = Array.isArray(header) ? header : header ? [header] : []
  const mailboxes = objects.flatMap((object) =>
    object.value.flatMap((entry) => (entry.group ? entry.group : [entry])),
  )
  return mailboxes.find((mailbox) => plausibleAddress.test(mailbox.address?.trim() ?? '')) ?? null
}

/** The lower-cased address of the first plausible `From` mailbox, or null. */
export function senderOf(from: AddressObject | undefined): string | null {
  return firstMailbox(from)?.address?.trim().toLowerCase() ?? null
}

// Reply-To wins because it is where RFC 5322 §3.6.2 sends answers, and shop contact forms send
// From a no-reply address with the customer in Reply-To. Addresses are lower-cased so that one
// customer is one contact.
/** Who wrote a message and gets the answer: the first `Reply-To` mailbox, else the first `From`. */
export function authorOf(from: AddressObject | undefined, replyTo: AddressObject | undefined) {
  const sender = firstMailbox(from)
  const chosen = firstMailbox(replyTo) ?? sender
  const email = chosen?.address?.trim().toLowerCase() ?? null
  // A bare Reply-To address borrows From's name only when both name the same mailbox.
  const sameAsSender = email !== null && sender?.address?.trim().toLowerCase() === email
  const name = chosen?.name?.trim() || (sameAsSender ? sender?.name?.trim() : '') || null
  const author: InboundMessage['author'] = { name, email, externalId: null }
  return author
}
