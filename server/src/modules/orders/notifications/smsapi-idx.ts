import { createHash } from 'node:crypto'

// SMSAPI's `idx`: at most 255 characters, letters a–z and digits 0–9, compared without regard
// to case (SMSAPI sms.do parameters; error 27 for longer values).
const IDX_SAFE = /^[a-z0-9]{1,255}$/

/**
 * The `idx` for an idempotency key: the key itself when it already is a lower-case SMSAPI idx,
 * else its SHA-256 in hex (64 characters), so UUIDs' dashes or mixed-case keys that SMSAPI
 * would fold together never collide.
 */
export function smsapiIdx(idempotencyKey: string): string {
  if (IDX_SAFE.test(idempotencyKey)) return idempotencyKey
  return createHash('sha256').update(idempotencyKey, 'utf8').digest('hex')
}
