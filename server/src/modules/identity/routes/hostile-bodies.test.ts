import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSession, type TestSession } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'

/**
 * Property: whatever body arrives at an identity route — wrong types, unknown fields, prototype
 * pollution, deep nesting, invalid JSON, huge strings — the answer is never a 5xx, and every
 * 4xx carries the error shape.
 */
let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestSession
beforeAll(async () => {
  t = await createTestApp()
  owner = await buildSession(t.runtime, t.app)
})
afterAll(() => t.close())

const hostileJson = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.record(
    {
      email: fc.oneof(fc.emailAddress(), fc.string(), fc.integer(), fc.constant(null)),
      password: fc.oneof(fc.string({ maxLength: 2000 }), fc.array(fc.string())),
      role: fc.oneof(
        fc.constantFrom('owner', 'admin', 'agent', 'viewer', 'root', ''),
        fc.integer(),
      ),
      name: fc.oneof(fc.string(), fc.constant('x'.repeat(5000))),
      locale: fc.oneof(fc.constantFrom('pl', 'en', 'de'), fc.string()),
      workspaceId: fc.oneof(fc.uuid(), fc.string()),
      expiresInDays: fc.oneof(fc.integer(), fc.double(), fc.string()),
      timezone: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.constant({ ['__proto__']: { admin: true } }),
  fc.constant(
    JSON.parse('{"__proto__": {"role": "owner"}, "constructor": {"prototype": {"x": 1}}}'),
  ),
)
const rawBodies = fc.oneof(
  hostileJson.map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '{',
    '[]',
    'null',
    '"str"',
    '{"email": "a@b.pl", "password": }',
    '\u0000',
    '{}'.repeat(1000),
  ),
)

const targets: [string, string, boolean][] = [
  ['POST', '/api/v1/auth/login', false],
  ['POST', '/api/v1/auth/switch-workspace', true],
  ['PATCH', '/api/v1/me', true],
  ['PATCH', '/api/v1/workspace', true],
  ['POST', '/api/v1/workspace/invitations', true],
  ['POST', '/api/v1/workspace/api-tokens', true],
  ['PATCH', '/api/v1/workspace/members/00000000-0000-4000-8000-000000000000', true],
  ['PATCH', '/api/v1/workspace/members/not-a-uuid', true],
  ['POST', '/api/v1/invitations/abcdefghijklmnopqrstuvwxyz0123/accept', false],
  ['GET', '/api/v1/workspace/audit-log?limit=-5&before=abc', true],
]

describe('identity routes under hostile input', () => {
  it.each(targets)(
    '%s %s never answers 5xx and always uses the error shape',
    async (method, url, signedIn) => {
      await fc.assert(
        fc.asyncProperty(
          rawBodies,
          fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
          async (body, type) => {
            const response = await t.app.inject({
              method: method as 'POST',
              url,
              headers: { ...(signedIn ? owner.headers : {}), 'content-type': type },
              payload: method === 'GET' ? undefined : body,
            })
            expect(response.statusCode).toBeLessThan(500)
            if (response.statusCode >= 400) {
              const parsed = response.json()
              expect(Object.keys(parsed)).toEqual(['error'])
              expect(typeof parsed.error.code).toBe('string')
              expect(typeof parsed.error.message).toBe('string')
              expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/)
            }
          },
        ),
        { numRuns: 40 },
      )
    },
    60_000,
  )

  it('rejects bodies over the size limit with 413 in the error shape', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { ...owner.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    })
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('payload_too_large')
  })
})
