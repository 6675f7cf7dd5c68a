import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a visitor token vouches for: one visitor of one widget account, until it expires. */
export interface VisitorClaims {
  accountId: string
  workspaceId: string
  visitorId: string
  name: string
  email: string
  /** Expiry in seconds since the epoch. */
  expiresAt: number
}

/** How long a visitor token lasts: a month, like a shop's "remember me". */
export const VISITOR_TOKEN_DAYS = 30

const VERSION = 'v1'
const MAX_TOKEN_LENGTH = 2048

/** Why a token was refused, worded for the widget developer who sees the 401. */
export type TokenProblem = 'malformed' | 'bad_signature' | 'expired'

// A purpose-bound key: the identity secret itself signs shop user ids, never tokens.
const signingKey = (identitySecret: string) =>
  createHmac('sha256', identitySecret).update('aftersale/webchat/visitor-token/v1').digest()

const sign = (identitySecret: string, body: string) =>
  createHmac('sha256', signingKey(identitySecret)).update(`${VERSION}.${body}`).digest()

/** Signs claims as `v1.<payload>.<HMAC-SHA256>` with a key derived from the account's identity secret. */
export function signVisitorToken(identitySecret: string, claims: VisitorClaims): string {
  const body = Buffer.from(
    JSON.stringify({
      a: claims.accountId,
      w: claims.workspaceId,
      v: claims.visitorId,
      n: claims.name,
      e: claims.email,
      x: claims.expiresAt,
    }),
  ).toString('base64url')
  return `${VERSION}.${body}.${sign(identitySecret, body).toString('base64url')}`
}

/** Reads the claims without checking the signature (to find whose secret checks it); null if malformed. */
export function peekVisitorToken(token: string): VisitorClaims | null {
  if (token.length > MAX_TOKEN_LENGTH) return null
  const [version, body, signature, ...rest] = token.split('.')
  if (version !== VERSION || !body || !signature || rest.length > 0) return null
  try {
    const raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
    const { a, w, v, n, e, x } = raw
    if (![a, w, v, n, e].every((s) => typeof s === 'string') || typeof x !== 'number') return null
    return {
      accountId: a as string,
      workspaceId: w as string,
      visitorId: v as string,
      name: n as string,
      email: e as string,
      expiresAt: x,
    }
  } catch {
    return null
  }
}

/** Checks signature and expiry; returns the claims, or the problem that makes the token unusable. */
export function verifyVisitorToken(
  identitySecret: string,
  token: string,
  now = new Date(),
): { ok: true; claims: VisitorClaims } | { ok: false; problem: TokenProblem } {
  const claims = peekVisitorToken(token)
  if (!claims) return { ok: false, problem: 'malformed' }
  const [, body, signature] = token.split('.') as [string, string, string]
  const expected = sign(identitySecret, body)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, problem: 'bad_signature' }
  if (claims.expiresAt * 1000 <= now.getTime()) return { ok: false, problem: 'expired' }
  return { ok: true, claims }
}

/** The expiry of a token issued at `now`, in seconds since the epoch. */
export function tokenExpiry(now = new Date()): number {
  return Math.floor(now.getTime() / 1000) + VISITOR_TOKEN_DAYS * 24 * 3600
}
