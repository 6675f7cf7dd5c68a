import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser, loginAs } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  t = await createTestApp({ env: { AFTERSALE_LOGIN_MAX_FAILURES: '3' } })
})
afterAll(() => t.close())

describe('POST /api/v1/auth/login', () => {
  it('returns Me and sets httpOnly SameSite session and readable CSRF cookies', async () => {
    const user = await buildUser(t.runtime, { name: 'Zofia Wójcik' })
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email.toUpperCase(), password: user.password },
    })
    expect(response.statusCode).toBe(200)
    const me = response.json()
    expect(me.user).toMatchObject({ id: user.userId, name: 'Zofia Wójcik' })
    expect(me.workspace).toMatchObject({ id: user.workspaceId, role: 'owner' })
    const setCookie = String(response.headers['set-cookie'])
    expect(setCookie).toMatch(/aftersale_session=[^;]+;.*HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    const csrf = (response.cookies as { name: string; httpOnly?: boolean }[]).find(
      (c) => c.name === 'aftersale_csrf',
    )
    expect(csrf?.httpOnly).toBeFalsy()
  })

  it('answers 401 in the error shape for a wrong password and an unknown e-mail alike', async () => {
    const user = await buildUser(t.runtime)
    for (const payload of [
      { email: user.email, password: 'wrong password' },
      { email: 'nobody@test.aftersale.local', password: 'whatever' },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload })
      expect(response.statusCode).toBe(401)
      expect(response.json()).toEqual({
        error: { code: 'invalid_credentials', message: expect.any(String), details: null },
      })
    }
  })

  it('answers 400 naming the problem for malformed bodies', async () => {
    const cases: [unknown, RegExp][] = [
      [{ email: 'not-an-email', password: 'x' }, /body\/email/],
      [{ email: 'a@b.pl' }, /missing field "password"/],
      [{ email: 'a@b.pl', password: 'x', admin: true }, /unknown field "admin"/],
      [{ email: 42, password: 'x' }, /body\/email/],
    ]
    for (const [payload, message] of cases) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: payload as object,
      })
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('validation_failed')
      expect(response.json().error.message).toMatch(message)
    }
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    })
    expect(broken.statusCode).toBe(400)
    expect(broken.json().error.code).toBe('invalid_json')
  })

  it('locks the account after repeated failures, even for the right password', async () => {
    const user = await buildUser(t.runtime)
    for (let i = 0; i < 3; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: `wrong ${i}` },
      })
      expect(response.statusCode).toBe(401)
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    })
    expect(locked.statusCode).toBe(429)
    expect(locked.json().error.code).toBe('login_locked')
    expect(locked.json().error.details.retryAfterSeconds).toBeGreaterThan(0)
  })

  it('rotates the session at login: the old cookie stops working', async () => {
    const user = await buildUser(t.runtime)
    const first = await loginAs(t.app, user)
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: first.cookie },
      payload: { email: user.email, password: user.password },
    })
    expect(second.statusCode).toBe(200)
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: first.cookie },
    })
    expect(old.statusCode).toBe(401)
  })
})

describe('sessions', () => {
  it('refuses cookie-authenticated writes without the CSRF header', async () => {
    const session = await loginAs(t.app, await buildUser(t.runtime))
    const without = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: session.cookie },
      payload: { name: 'X' },
    })
    expect(without.statusCode).toBe(403)
    expect(without.json().error.code).toBe('csrf_failed')
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: session.cookie, 'x-csrf-token': 'nope' },
      payload: { name: 'X' },
    })
    expect(wrong.statusCode).toBe(403)
    const right = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: session.headers,
      payload: { locale: 'pl' },
    })
    expect(right.statusCode).toBe(200)
    expect(right.json().user.locale).toBe('pl')
  })

  it('logs out: the cookie no longer authenticates', async () => {
    const session = await loginAs(t.app, await buildUser(t.runtime))
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers }))
        .statusCode,
    ).toBe(200)
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: session.headers,
    })
    expect(out.statusCode).toBe(204)
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers })
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('unauthenticated')
  })

  it('expires a session that has been idle too long', async () => {
    const session = await loginAs(t.app, await buildUser(t.runtime))
    await t.runtime.database.db
      .updateTable('sessions')
      .set({ lastSeenAt: new Date(Date.now() - 24 * 3600_000) })
      .where('userId', '=', session.userId)
      .execute()
    const { identityServices } = await import('../identity-services.js')
    identityServices(t.runtime).authenticator.cache.clear()
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: session.headers,
    })
    expect(response.statusCode).toBe(401)
  })

  it('switches between workspaces the user belongs to, and refuses others', async () => {
    const user = await buildUser(t.runtime)
    const other = await buildUser(t.runtime, {})
    const { createUserInWorkspace } = await import('../service/users.js')
    const second = await createUserInWorkspace(t.runtime, {
      email: user.email,
      password: user.password,
      workspace: `Second ${user.workspace}`,
      role: 'agent',
    })
    const session = await loginAs(t.app, user)
    const switched = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-workspace',
      headers: session.headers,
      payload: { workspaceId: second.workspaceId },
    })
    expect(switched.statusCode).toBe(200)
    expect(switched.json().workspace).toMatchObject({ id: second.workspaceId, role: 'agent' })
    expect(switched.json().workspaces).toHaveLength(2)
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-workspace',
      headers: session.headers,
      payload: { workspaceId: other.workspaceId },
    })
    expect(refused.statusCode).toBe(404)
  })
})

describe('the web app', () => {
  it('serves its static files to visitors who are not signed in, but no API', async () => {
    const { createApp } = await import('../../../app.js')
    const app = await createApp(t.runtime)
    try {
      const index = await app.inject({ method: 'GET', url: '/login' })
      expect([200, 503]).toContain(index.statusCode)
      if (index.statusCode === 200) {
        const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1]
        expect(asset).toBeDefined()
        const script = await app.inject({ method: 'GET', url: asset! })
        expect(script.statusCode).toBe(200)
        expect(script.headers['content-type']).toContain('javascript')
      }
      expect((await app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401)
      expect((await app.inject({ method: 'GET', url: '/api/v1/unknown' })).statusCode).toBe(404)
    } finally {
      await app.close()
    }
  })
})
