import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Checks a shop's identity proof, `hash = HMAC-SHA256(identitySecret, userId)` in hex, computed
 * on the shop's server (as in Intercom's identity verification), e.g. for user "42" and secret
 * "s3cret" the hash is `hmac('sha256', 's3cret').update('42').digest('hex')`.
 */
export function isValidIdentityHash(identitySecret: string, userId: string, hash: string): boolean {
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) return false
  const expected = createHmac('sha256', identitySecret).update(userId).digest()
  return timingSafeEqual(expected, Buffer.from(hash, 'hex'))
}

/** The visitor id of a verified shop user: the same on every device, unguessable without the secret. */
export function visitorIdForUser(identitySecret: string, userId: string): string {
  const mac = createHmac('sha256', identitySecret).update(`aftersale/webchat/visitor/${userId}`)
  return `u_${mac.digest('base64url').slice(0, 32)}`
}

/** A fresh visitor id for an anonymous visitor. */
export function randomVisitorId(): string {
  return `v_${randomBytes(18).toString('base64url')}`
}
