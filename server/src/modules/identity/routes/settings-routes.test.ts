import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSession, buildUser, loginAs } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const call = (
  session: { headers: Record<string, string> },
  method: string,
  url: string,
  payload?: object,
) => t.app.inject({ method: method as 'GET', url, headers: session.headers, payload })

describe('API tokens', () => {
  it('creates a token shown once, authenticates with it, and revokes it at once', async () => {
    const owner = await buildSession(t.runtime, t.app)
    const created = await call(owner, 'POST', '/api/v1/workspace/api-tokens', {
      name: 'Allegro sync',
      role: 'viewer',
    })
    expect(created.statusCode).toBe(201)
    const { token, secret } = created.json()
    expect(secret).toMatch(/^as_[A-Za-z0-9]{8}_/)
    expect(secret.startsWith(token.prefix)).toBe(true)
    const stored = await t.runtime.database.db
      .selectFrom('apiTokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(stored)).not.toContain(secret.slice(12))

    const bearer = { authorization: `Bearer ${secret}` }
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })
    expect(me.statusCode).toBe(200)
    expect(me.json().workspace).toMatchObject({ id: owner.workspaceId, role: 'viewer' })
    // A viewer token cannot manage tokens, and Bearer calls need no CSRF header.
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workspace/api-tokens',
      headers: bearer,
      payload: { name: 'x' },
    })
    expect(denied.statusCode).toBe(403)

    const listed = await call(owner, 'GET', '/api/v1/workspace/api-tokens')
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(token.id)
    expect(listed.body).not.toContain(secret)

    expect(
      (await call(owner, 'DELETE', `/api/v1/workspace/api-tokens/${token.id}`)).statusCode,
    ).toBe(204)
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })
    expect(after.statusCode).toBe(401)
    expect(
      (await call(owner, 'DELETE', `/api/v1/workspace/api-tokens/${token.id}`)).statusCode,
    ).toBe(404)
  })

  it('refuses a token role above the creator and garbage bearer tokens', async () => {
    const owner = await buildSession(t.runtime, t.app)
    const response = await call(owner, 'POST', '/api/v1/workspace/api-tokens', {
      name: 'x',
      role: 'owner',
    })
    expect(response.statusCode).toBe(400)
    const garbage = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer as_nope' },
    })
    expect(garbage.statusCode).toBe(401)
  })
})

describe('members and roles', () => {
  it('lets an admin change an agent, not an owner, and keeps the last owner', async () => {
    const owner = await buildUser(t.runtime)
    const admin = await buildUser(t.runtime, { role: 'admin', workspace: owner.workspace })
    const agent = await buildUser(t.runtime, { role: 'agent', workspace: owner.workspace })
    const adminSession = await loginAs(t.app, admin)
    const ownerSession = await loginAs(t.app, owner)

    const list = await call(adminSession, 'GET', '/api/v1/workspace/members')
    const rows = list.json().items as { userId: string; abilities: { changeRole: boolean } }[]
    expect(rows).toHaveLength(3)
    expect(rows.find((r) => r.userId === owner.userId)?.abilities.changeRole).toBe(false)
    expect(rows.find((r) => r.userId === agent.userId)?.abilities.changeRole).toBe(true)

    const promoted = await call(
      adminSession,
      'PATCH',
      `/api/v1/workspace/members/${agent.userId}`,
      { role: 'admin' },
    )
    expect(promoted.statusCode).toBe(200)
    expect(promoted.json().role).toBe('admin')
    const toOwner = await call(adminSession, 'PATCH', `/api/v1/workspace/members/${agent.userId}`, {
      role: 'owner',
    })
    expect(toOwner.statusCode).toBe(403)
    expect(toOwner.json().error.code).toBe('owner_only')
    const lastOwner = await call(
      ownerSession,
      'PATCH',
      `/api/v1/workspace/members/${owner.userId}`,
      { role: 'admin' },
    )
    expect(lastOwner.statusCode).toBe(409)
    expect(lastOwner.json().error.code).toBe('last_owner')

    // The promoted agent's next request already carries the new role.
    const agentSession = await loginAs(t.app, agent)
    expect((await call(agentSession, 'GET', '/api/v1/me')).json().abilities.manageMembers).toBe(
      true,
    )
    const demoted = await call(ownerSession, 'PATCH', `/api/v1/workspace/members/${agent.userId}`, {
      role: 'viewer',
    })
    expect(demoted.statusCode).toBe(200)
    expect((await call(agentSession, 'GET', '/api/v1/me')).json().abilities.manageMembers).toBe(
      false,
    )
    expect((await call(agentSession, 'GET', '/api/v1/workspace/audit-log')).statusCode).toBe(403)

    expect(
      (await call(ownerSession, 'DELETE', `/api/v1/workspace/members/${agent.userId}`)).statusCode,
    ).toBe(204)
    expect((await call(agentSession, 'GET', '/api/v1/me')).statusCode).toBe(401)
  })
})

describe('invitations', () => {
  it('invites a new teammate who accepts with a name and password and lands signed in', async () => {
    const owner = await buildSession(t.runtime, t.app)
    const email = `new.${Date.now()}@test.aftersale.local`
    const created = await call(owner, 'POST', '/api/v1/workspace/invitations', {
      email,
      role: 'agent',
    })
    expect(created.statusCode).toBe(201)
    const secret = created.json().acceptUrl.split('/invite/')[1]
    const peek = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${secret}` })
    expect(peek.json()).toMatchObject({ email, role: 'agent', userExists: false })
    const noName = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${secret}/accept`,
      payload: { password: 'long enough password' },
    })
    expect(noName.statusCode).toBe(400)
    const short = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${secret}/accept`,
      payload: { name: 'Jan', password: 'short' },
    })
    expect(short.statusCode).toBe(400)
    expect(short.json().error.details.issues[0]).toMatchObject({
      path: 'body/password',
      rule: 'minLength',
      limit: 10,
    })
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${secret}/accept`,
      payload: { name: 'Jan Kowalczyk', password: 'long enough password' },
    })
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().workspace).toMatchObject({ id: owner.workspaceId, role: 'agent' })
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${secret}/accept`,
      payload: { name: 'Jan Kowalczyk', password: 'long enough password' },
    })
    expect(again.statusCode).toBe(404)
    const members = await call(owner, 'GET', '/api/v1/workspace/members')
    expect(members.json().items.map((m: { email: string }) => m.email)).toContain(email)
    const duplicate = await call(owner, 'POST', '/api/v1/workspace/invitations', {
      email,
      role: 'agent',
    })
    expect(duplicate.statusCode).toBe(409)
  })
})

describe('audit log', () => {
  it('records who changed what, with changes maps, newest first and paged', async () => {
    const owner = await buildSession(t.runtime, t.app)
    await call(owner, 'PATCH', '/api/v1/workspace', {
      name: 'Sklep Testowy',
      timezone: 'Europe/Berlin',
    })
    const bad = await call(owner, 'PATCH', '/api/v1/workspace', { timezone: 'Mars/Base' })
    expect(bad.statusCode).toBe(400)
    const page = await call(owner, 'GET', '/api/v1/workspace/audit-log?limit=1')
    expect(page.statusCode).toBe(200)
    const [entry] = page.json().items
    expect(entry).toMatchObject({
      name: 'identity.workspace.updated',
      actor: { type: 'user', id: owner.userId },
      ip: '127.0.0.1',
      changes: {
        name: { to: 'Sklep Testowy' },
        timezone: { from: 'Europe/Warsaw', to: 'Europe/Berlin' },
      },
    })
    const next = await call(
      owner,
      'GET',
      `/api/v1/workspace/audit-log?limit=50&before=${page.json().nextBefore}`,
    )
    const names = next.json().items.map((i: { name: string }) => i.name)
    expect(names).toContain('identity.session.created')
    expect(names).toContain('identity.user.created')
  })
})
