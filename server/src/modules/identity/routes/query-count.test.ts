import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser, loginAs, type TestSession } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function queriesFor(session: TestSession, url: string): Promise<number> {
  await t.app.inject({ method: 'GET', url, headers: session.headers }) // warm the principal cache
  const before = t.runtime.database.counter.queries
  const response = await t.app.inject({ method: 'GET', url, headers: session.headers })
  expect(response.statusCode).toBe(200)
  return t.runtime.database.counter.queries - before
}

describe('list endpoints load related data in a fixed number of queries', () => {
  it.each([
    '/api/v1/workspace/members',
    '/api/v1/workspace/api-tokens',
    '/api/v1/workspace/invitations',
    '/api/v1/workspace/audit-log',
  ])('%s', async (url) => {
    const small = await buildUser(t.runtime)
    const large = await buildUser(t.runtime)
    const smallSession = await loginAs(t.app, small)
    const largeSession = await loginAs(t.app, large)
    for (let i = 0; i < 8; i++) {
      await buildUser(t.runtime, { role: 'agent', workspace: large.workspace })
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/workspace/api-tokens',
        headers: largeSession.headers,
        payload: { name: `t${i}` },
      })
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/workspace/invitations',
        headers: largeSession.headers,
        payload: { email: `invitee${i}.${Date.now()}@test.aftersale.local`, role: 'agent' },
      })
    }
    const few = await queriesFor(smallSession, url)
    const many = await queriesFor(largeSession, url)
    expect(many).toBe(few)
    // begin, set workspace and role, one select, commit
    expect(many).toBeLessThanOrEqual(4)
  })
})
