import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decideDeliveryRoute } from './delivery-decision.js'
import { isValidIdentityHash, randomVisitorId, visitorIdForUser } from './shop-identity.js'
import { shopLocale } from './shop-locale.js'
import {
  peekVisitorToken,
  signVisitorToken,
  tokenExpiry,
  type VisitorClaims,
  verifyVisitorToken,
} from './visitor-token.js'

const claims: VisitorClaims = {
  accountId: '00000000-0000-4000-8000-000000000001',
  workspaceId: '00000000-0000-4000-8000-000000000002',
  visitorId: 'v_abcdefghijklmnop',
  name: 'Zażółć Gęślą',
  email: 'jan@example.test',
  expiresAt: tokenExpiry(new Date('2030-01-01T00:00:00Z')),
}
const now = new Date('2030-01-02T00:00:00Z')

describe('visitor tokens', () => {
  it('verifies what it signed, with unicode names intact', () => {
    const token = signVisitorToken('secret-a', claims)
    expect(verifyVisitorToken('secret-a', token, now)).toEqual({ ok: true, claims })
  })

  it('refuses a changed payload, another secret, an expired token and garbage', () => {
    const token = signVisitorToken('secret-a', claims)
    const [v, , sig] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(atob(token.split('.')[1]!)), v: 'v_someoneelse123' }),
    ).toString('base64url')
    expect(verifyVisitorToken('secret-a', `${v}.${forged}.${sig}`, now)).toEqual({
      ok: false,
      problem: 'bad_signature',
    })
    expect(verifyVisitorToken('secret-b', token, now)).toMatchObject({ problem: 'bad_signature' })
    expect(verifyVisitorToken('secret-a', token, new Date('2030-03-01T00:00:00Z'))).toMatchObject({
      problem: 'expired',
    })
    for (const junk of ['', 'v1..', 'v2.e30.x', 'v1.bm90IGpzb24.x', `v1.${'a'.repeat(3000)}.x`])
      expect(verifyVisitorToken('secret-a', junk, now)).toMatchObject({ problem: 'malformed' })
    expect(peekVisitorToken('v1.e30.x')).toBeNull()
  })

  it('expires after 30 days', () => {
    expect(tokenExpiry(new Date(0))).toBe(30 * 24 * 3600)
  })
})

describe('shop identity', () => {
  it('accepts HMAC-SHA256(secret, userId) in hex and nothing else', () => {
    const hash = createHmac('sha256', 'shop-secret').update('customer-42').digest('hex')
    expect(isValidIdentityHash('shop-secret', 'customer-42', hash)).toBe(true)
    expect(isValidIdentityHash('shop-secret', 'customer-42', hash.toUpperCase())).toBe(true)
    expect(isValidIdentityHash('shop-secret', 'customer-43', hash)).toBe(false)
    expect(isValidIdentityHash('other-secret', 'customer-42', hash)).toBe(false)
    expect(isValidIdentityHash('shop-secret', 'customer-42', 'zz')).toBe(false)
  })

  it('gives a shop user the same visitor id everywhere and anonymous visitors fresh ones', () => {
    expect(visitorIdForUser('s', '42')).toBe(visitorIdForUser('s', '42'))
    expect(visitorIdForUser('s', '42')).not.toBe(visitorIdForUser('s', '43'))
    expect(visitorIdForUser('s', '42')).not.toBe(visitorIdForUser('t', '42'))
    expect(randomVisitorId()).not.toBe(randomVisitorId())
    expect(randomVisitorId()).toMatch(/^v_[A-Za-z0-9_-]{24}$/)
  })
})

describe('delivery decision', () => {
  const at = new Date('2030-01-01T12:00:00Z')
  const visitor = { name: 'Jan', email: 'jan@example.test', lastSeenAt: at }
  const seconds = (s: number) => new Date(at.getTime() + s * 1000)

  it('keeps replies in the widget while the chat was open within a minute', () => {
    const facts = { visitor, fallbackEmailAccountId: 'mailbox', now: seconds(59) }
    expect(decideDeliveryRoute(facts)).toEqual({ via: 'widget' })
  })

  it('sends by e-mail after a minute, or when the chat was never open', () => {
    const email = {
      via: 'email',
      emailAccountId: 'mailbox',
      to: { name: 'Jan', email: 'jan@example.test' },
    }
    expect(
      decideDeliveryRoute({ visitor, fallbackEmailAccountId: 'mailbox', now: seconds(61) }),
    ).toEqual(email)
    expect(
      decideDeliveryRoute({
        visitor: { ...visitor, lastSeenAt: null },
        fallbackEmailAccountId: 'mailbox',
        now: at,
      }),
    ).toEqual(email)
  })

  it('stays in the widget without a fallback mailbox or a known visitor', () => {
    expect(
      decideDeliveryRoute({ visitor, fallbackEmailAccountId: null, now: seconds(3600) }),
    ).toEqual({ via: 'widget' })
    expect(
      decideDeliveryRoute({ visitor: null, fallbackEmailAccountId: 'mailbox', now: at }),
    ).toEqual({ via: 'widget' })
  })
})

describe('shop locale', () => {
  it('guesses from the time zone', () => {
    expect(shopLocale('Europe/Warsaw')).toBe('pl')
    expect(shopLocale('Europe/Vienna')).toBe('de')
    expect(shopLocale('America/New_York')).toBe('en')
  })
})
