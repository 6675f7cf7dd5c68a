import type { MailHeaders } from './mail-headers.js'

const bulkPrecedence = new Set(['bulk', 'junk', 'list'])
const suppressedResponses = new Set(['all', 'oof', 'autoreply'])

/**
 * Whether a message was sent by a machine, so Aftersale must never answer it automatically
 * (RFC 3834 §2): `Auto-Submitted` other than "no" (RFC 3834 §5), `Precedence: bulk|junk|list`,
 * mailing-list fields (`List-Id`, RFC 2919; `List-Unsubscribe`, RFC 2369), Microsoft's
 * `X-Auto-Response-Suppress: All|OOF|AutoReply`, a null reverse path `Return-Path: <>` (bounces,
 * RFC 5321 §4.5.5), a delivery report (`multipart/report`, RFC 6522) or `X-Autoreply` /
 * `X-Autorespond`.
 */
export function isAutomatedMail(headers: MailHeaders): boolean {
  const tokens = (name: string) =>
    (headers.get(name) ?? []).map((value) => (value.split(';')[0] ?? '').trim().toLowerCase())
  if (tokens('auto-submitted').some((value) => value !== 'no')) return true
  if (tokens('precedence').some((value) => bulkPrecedence.has(value))) return true
  if (headers.has('list-id') || headers.has('list-unsubscribe')) return true
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return true
  const suppress = (headers.get('x-auto-response-suppress') ?? []).flatMap((value) =>
    value.toLowerCase().split(/[\s,]+/),
  )
  if (suppress.some((value) => suppressedResponses.has(value))) return true
  if ((headers.get('return-path') ?? []).some((value) => /^<\s*>$/.test(value))) return true
  return tokens('content-type').some((value) => value === 'multipart/report')
}
