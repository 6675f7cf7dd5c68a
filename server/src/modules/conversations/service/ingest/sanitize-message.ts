import { type InboundMessage, sanitizeCustomerHtml } from '../../../channels/index.js'

const MAX_TEXT = 200_000

/** A message made safe to store and show: HTML sanitised, text capped, NULs removed. */
export function sanitizeForStorage(message: InboundMessage): InboundMessage {
  // PostgreSQL text cannot hold NUL; broken mail sometimes carries it.
  const clean = (s: string) => s.replaceAll('\u0000', '')
  return {
    ...message,
    subject: message.subject ? clean(message.subject).slice(0, 998) : null,
    text: clean(message.text).slice(0, MAX_TEXT),
    html: message.html ? sanitizeCustomerHtml(clean(message.html)) : null,
    author: {
      name: message.author.name ? clean(message.author.name).slice(0, 200) : null,
      email: message.author.email ? clean(message.author.email).slice(0, 254) : null,
      externalId: message.author.externalId,
    },
  }
}
