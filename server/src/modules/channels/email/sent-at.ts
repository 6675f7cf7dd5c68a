import type { MailHeaders } from './mail-headers.js'

const day = 24 * 60 * 60 * 1000

function parseDate(value: string | undefined): Date | null {
  if (!value) return null
  const date = new Date(value.trim())
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980 ? null : date
}

/**
 * When a message was sent, the same on every re-poll: its `Date` header (RFC 5322 §3.6.1) unless
 * missing, unreadable or more than a day after the server received it; then the IMAP internal
 * date; without that the newest `Received` stamp (RFC 5321 §4.4); else the Unix epoch, never
 * the current time.
 */
export function sentAtOf(headers: MailHeaders, receivedAt: Date | undefined): Date {
  const header = parseDate(headers.get('date')?.[0])
  if (header && (!receivedAt || header.getTime() <= receivedAt.getTime() + day)) return header
  if (receivedAt) return receivedAt
  const received = headers.get('received')?.[0]
  return parseDate(received?.slice(received.lastIndexOf(';') + 1)) ?? new Date(0)
}
