import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../platform/context.js'
import { buildUser } from '../../test/factories.js'
import { createTestApp } from '../../test/test-runtime.js'
import { touchAgentPresence } from '../conversations/index.js'
import { asVisitor, buildWidget, freshIp, startChat } from './webchat-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let workspaceId: string
let agentId: string
beforeAll(async () => {
  t = await createTestApp()
  const owner = await buildUser(t.runtime)
  workspaceId = owner.workspaceId
  agentId = owner.userId
})
afterAll(() => t.close())

describe('GET /widget/v1/config', () => {
  it('shows the title, colour and whether an agent is online', async () => {
    const widget = await buildWidget(t.runtime, workspaceId, { color: '#123456' })
    const get = () =>
      t.app.inject({ url: `/widget/v1/config?key=${widget.key}`, remoteAddress: freshIp() })
    const offline = await get()
    expect(offline.statusCode).toBe(200)
    expect(offline.json()).toMatchObject({ title: 'Kraina Kawy', color: '#123456', online: false })
    expect(offline.json().locale.supported).toEqual(['pl', 'en', 'de'])
    await t.runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, (ctx) =>
      touchAgentPresence(ctx, agentId),
    )
    expect((await get()).json().online).toBe(true)
  })

  it('names an unknown key and refuses sites the widget does not allow', async () => {
    const missing = await t.app.inject({ url: '/widget/v1/config?key=nope-nope-nope-nope-nope' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('widget_unavailable')
    const widget = await buildWidget(t.runtime, workspaceId, {
      allowedOrigins: ['https://sklep.example'],
    })
    const url = `/widget/v1/config?key=${widget.key}`
    const allowed = await t.app.inject({ url, headers: { origin: 'https://sklep.example' } })
    expect(allowed.statusCode).toBe(200)
    expect(allowed.headers['access-control-allow-origin']).toBe('https://sklep.example')
    const other = await t.app.inject({ url, headers: { origin: 'https://evil.example' } })
    expect(other.statusCode).toBe(403)
    expect(other.json().error.message).toContain('https://evil.example')
  })

  it('answers CORS preflights', async () => {
    const response = await t.app.inject({
      method: 'OPTIONS',
      url: '/widget/v1/messages',
      headers: {
        origin: 'https://sklep.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    })
    expect(response.statusCode).toBe(204)
    expect(response.headers['access-control-allow-origin']).toBe('https://sklep.example')
    expect(response.headers['access-control-allow-headers']).toContain('authorization')
  })
})

describe('visitor sessions and tokens', () => {
  it('issues a token that reads only its own conversation, and refuses altered tokens', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, widget.key)
    expect(chat.visitorToken).toMatch(/^v1\./)
    const read = (token: string) =>
      t.app.inject({
        url: '/widget/v1/messages',
        headers: asVisitor(token),
        remoteAddress: freshIp(),
      })
    expect((await read(chat.visitorToken)).json().items).toEqual([])

    const [version, body, signature] = chat.visitorToken.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forge = (changes: object) =>
      `${version}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`
    const tampered = await read(forge({ v: 'v_someoneelse0000000000' }))
    expect(tampered.statusCode).toBe(401)
    expect(tampered.json().error.message).toContain('signature')
    const expired = await read(forge({ x: 1 }))
    expect(expired.statusCode).toBe(401)
    expect((await read('not-a-token')).json().error.message).toContain('malformed')
    const none = await t.app.inject({ url: '/widget/v1/messages' })
    expect(none.json().error.code).toBe('visitor_token_missing')
  })

  it("does not accept one widget's token as another's", async () => {
    const a = await buildWidget(t.runtime, workspaceId)
    const other = await buildUser(t.runtime)
    const b = await buildWidget(t.runtime, other.workspaceId)
    const chat = await startChat(t.app, a.key)
    const [version, body, signature] = chat.visitorToken.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const moved = Buffer.from(
      JSON.stringify({ ...claims, a: b.id, w: other.workspaceId }),
    ).toString('base64url')
    const response = await t.app.inject({
      url: '/widget/v1/messages',
      headers: asVisitor(`${version}.${moved}.${signature}`),
    })
    expect(response.statusCode).toBe(401)
    const mixed = Buffer.from(JSON.stringify({ ...claims, w: other.workspaceId })).toString(
      'base64url',
    )
    const wrongWorkspace = await t.app.inject({
      url: '/widget/v1/messages',
      headers: asVisitor(`${version}.${mixed}.${signature}`),
    })
    expect(wrongWorkspace.statusCode).toBe(401)
  })

  it('gives a verified shop user the same conversation on every device', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const hash = createHmac('sha256', widget.identitySecret).update('customer-42').digest('hex')
    const laptop = await startChat(t.app, widget.key, { identity: { userId: 'customer-42', hash } })
    const phone = await startChat(t.app, widget.key, { identity: { userId: 'customer-42', hash } })
    expect(phone.visitorId).toBe(laptop.visitorId)
    const anonymous = await startChat(t.app, widget.key)
    expect(anonymous.visitorId).not.toBe(laptop.visitorId)
    const forged = await t.app.inject({
      method: 'POST',
      url: '/widget/v1/sessions',
      payload: {
        key: widget.key,
        name: 'Mallory',
        email: 'mallory@example.test',
        identity: { userId: 'customer-43', hash },
      },
    })
    expect(forged.statusCode).toBe(401)
    expect(forged.json().error).toMatchObject({ code: 'identity_invalid' })
    expect(forged.json().error.message).toContain('HMAC-SHA256')
  })

  it('validates the pre-chat form and limits new chats per address', async () => {
    const widget = await buildWidget(t.runtime, workspaceId)
    const post = (payload: object, remoteAddress = freshIp()) =>
      t.app.inject({ method: 'POST', url: '/widget/v1/sessions', payload, remoteAddress })
    const badEmail = await post({ key: widget.key, name: 'Jan', email: 'not-an-email' })
    expect(badEmail.statusCode).toBe(400)
    expect(badEmail.json().error.message).toContain('email')
    const blankName = await post({ key: widget.key, name: '   ', email: 'jan@example.test' })
    expect(blankName.json().error.code).toBe('name_required')
    const ip = freshIp()
    const statuses = []
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await post({ key: widget.key, name: 'Jan', email: 'jan@example.test' }, ip)).statusCode,
      )
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true)
    const limited = await post({ key: widget.key, name: 'Jan', email: 'jan@example.test' }, ip)
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.message).toMatch(/at most 10 per minute/)
    expect(limited.headers['retry-after']).toBeDefined()
  })
})
