import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A URL-safe random secret with `bytes` bytes of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** SHA-256 of a secret; bearer secrets are stored only as this digest. */
export function digest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest()
}

/** Compares two strings in time independent of where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
