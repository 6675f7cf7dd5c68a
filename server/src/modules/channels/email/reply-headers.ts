import { createHash } from 'node:crypto'

// Reply prefixes mail clients write: English, German, Polish, Scandinavian, Dutch, French.
const replyPrefix = /^\s*(re|aw|odp|sv|antw|réf)\s*(\[\d+\]|\(\d+\))?\s*:/i
const maxReferences = 20

/** The subject of a reply: "Re: " before the thread's subject unless it already has a reply prefix. */
export function replySubject(subject: string | null): string {
  const flat = (subject ?? '').replace(/[\r\n]+/g, ' ').trim()
  if (!flat) return 'Re:'
  return replyPrefix.test(flat) ? flat : `Re: ${flat}`
}

/**
 * The Message-ID of a reply, derived from Aftersale's message id and the sender's domain
 * (`<aftersale.{messageId}@{domain}>`), so a resend after a crash carries the same one and
 * recipients' clients can drop the duplicate (RFC 5322 §3.6.4 wants it unique per message).
 */
export function replyMessageId(messageId: string, fromAddress: string): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1).toLowerCase()
  const safeDomain = /^[a-z0-9.-]+$/.test(domain) ? domain : 'aftersale.invalid'
  const local = /^[A-Za-z0-9._-]{1,100}$/.test(messageId)
    ? messageId
    : createHash('sha256').update(messageId).digest('hex').slice(0, 40)
  return `<aftersale.${local}@${safeDomain}>`
}

/**
 * The References of a reply (RFC 5322 §3.6.4): the thread's references ending with the message
 * replied to, without repeats, and trimmed to the first and the newest ids of a long thread.
 */
export function replyReferences(references: readonly string[], inReplyTo: string | null): string[] {
  const ids = [...new Set([...references, ...(inReplyTo ? [inReplyTo] : [])])].filter((id) =>
    /^<[^<>\s]+>$/.test(id),
  )
  if (inReplyTo && ids.at(-1) !== inReplyTo) ids.push(ids.splice(ids.indexOf(inReplyTo), 1)[0]!)
  return ids.length > maxReferences ? [ids[0]!, ...ids.slice(1 - maxReferences)] : ids
}
