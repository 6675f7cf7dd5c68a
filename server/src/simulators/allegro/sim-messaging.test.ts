import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { JSON_TYPE, SELLER, type SimCall, startSimForTests } from './sim-test-kit.js'

let kit: Awaited<ReturnType<typeof startSimForTests>>
const api = (path: string, init?: SimCall) => kit.api(path, init)
const state = () => kit.sim.state

beforeAll(async () => {
  kit = await startSimForTests()
})
afterAll(() => kit.sim.close())
beforeEach(() => kit.reset())

type Named = { interlocutor: { login: string } }
type Texted = { text: string }

describe('Allegro simulator: threads and messages', () => {
  it('lists threads newest first in the spec shape and pages by limit/offset', async () => {
    for (let i = 0; i < 25; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, i))
      state().write({ sellerLogin: SELLER, buyerLogin: `kupujacy${i}`, text: `Pytanie ${i}`, at })
    }
    const first = await api('/messaging/threads')
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toContain(JSON_TYPE)
    expect(first.body).toMatchObject({ offset: 0, limit: 20 })
    expect(first.body.threads).toHaveLength(20)
    expect(first.body.threads[0]).toMatchObject({
      read: false,
      interlocutor: { login: 'kupujacy24' },
      lastMessageDateTime: '2026-01-01T00:24:00.000Z',
    })
    const second = await api('/messaging/threads?limit=20&offset=20')
    expect(second.body.threads.map((t: Named) => t.interlocutor.login)).toEqual([
      'kupujacy4',
      'kupujacy3',
      'kupujacy2',
      'kupujacy1',
      'kupujacy0',
    ])
    for (const bad of ['limit=21', 'limit=0', 'offset=-1', 'limit=abc']) {
      const refused = await api(`/messaging/threads?${bad}`)
      expect(refused.status, bad).toBe(422)
      expect(refused.body.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR' })
    }
  })

  it('lists a thread’s messages newest first, filters after/before exclusively, refuses before+offset', async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute))
    const write = (text: string, minute: number, extra: object = {}) =>
      state().write({ sellerLogin: SELLER, buyerLogin: 'anna', text, at: at(minute), ...extra })
    const m1 = write('Pierwsza', 1, { orderId: 'order-1' })
    write('Odpowiedź', 2, { fromSeller: true })
    write('Trzecia', 3)
    const path = `/messaging/threads/${m1.threadId}/messages`
    const all = await api(path)
    expect(all.body.messages.map((m: Texted) => m.text)).toEqual([
      'Trzecia',
      'Odpowiedź',
      'Pierwsza',
    ])
    expect(all.body.messages[2]).toMatchObject({
      id: m1.id,
      type: 'MESSAGE_CENTER',
      status: 'DELIVERED',
      thread: { id: m1.threadId },
      author: { login: 'anna', isInterlocutor: true },
      relatesTo: { order: { id: 'order-1' }, offer: null },
      hasAdditionalAttachments: false,
      attachments: [],
    })
    expect(all.body.messages[1].author).toEqual({ login: SELLER, isInterlocutor: false })
    const after = await api(`${path}?after=${at(1).toISOString()}`)
    expect(after.body.messages.map((m: Texted) => m.text)).toEqual(['Trzecia', 'Odpowiedź'])
    const before = await api(`${path}?before=${at(3).toISOString()}&limit=1`)
    expect(before.body.messages.map((m: Texted) => m.text)).toEqual(['Odpowiedź'])
    expect((await api(`${path}?before=${at(3).toISOString()}&offset=0`)).status).toBe(422)
    expect((await api(`${path}?after=yesterday`)).status).toBe(422)
    expect((await api(`${path}?limit=21`)).status).toBe(422)
    expect((await api(`${path}?offset=15001`)).status).toBe(422)
  })

  it('posts into a thread and to a recipient, marks read, gets and deletes a message', async () => {
    const buyer = state().write({ sellerLogin: SELLER, buyerLogin: 'jan', text: 'Halo?' })
    const threadPath = `/messaging/threads/${buyer.threadId}`
    expect((await api(threadPath)).body.read).toBe(false)
    const read = await api(`${threadPath}/read`, { method: 'PUT', json: { read: true } })
    expect(read).toMatchObject({ status: 200, body: { id: buyer.threadId, read: true } })
    expect((await api(`${threadPath}/read`, { method: 'PUT', json: {} })).status).toBe(422)
    const post = (json: unknown) => api(`${threadPath}/messages`, { method: 'POST', json })
    const posted = await post({ text: 'Dzień dobry!' })
    expect(posted.status).toBe(201)
    expect(posted.body).toMatchObject({
      text: 'Dzień dobry!',
      author: { login: SELLER, isInterlocutor: false },
    })
    expect((await post({ text: ' ' })).status).toBe(422)
    expect((await post({ text: 'x'.repeat(2001) })).status).toBe(422)
    const malformed = await api(`${threadPath}/messages`, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE },
      body: '{',
    })
    expect(malformed.status).toBe(400)
    const direct = await api('/messaging/messages', {
      method: 'POST',
      json: { recipient: { login: 'nowy_kupujacy' }, text: 'Wysłane', order: { id: 'o-9' } },
    })
    expect(direct.status).toBe(201)
    expect(direct.body.relatesTo.order).toEqual({ id: 'o-9' })
    const noOrder = await api('/messaging/messages', {
      method: 'POST',
      json: { recipient: { login: 'x' }, text: 'y' },
    })
    expect(noOrder.status).toBe(422)
    expect((await api(`/messaging/messages/${posted.body.id}`)).body.text).toBe('Dzień dobry!')
    expect((await api(`/messaging/messages/${buyer.id}`, { method: 'DELETE' })).status).toBe(403)
    expect((await api(`/messaging/messages/${posted.body.id}`, { method: 'DELETE' })).status).toBe(
      204,
    )
    expect((await api(`/messaging/messages/${posted.body.id}`)).status).toBe(404)
  })

  it('answers 404 for unknown threads and hides other sellers’ threads', async () => {
    const other = state().write({ sellerLogin: 'inny_sklep', buyerLogin: 'jan', text: 'Hej' })
    expect((await api('/messaging/threads/nope')).status).toBe(404)
    expect((await api(`/messaging/threads/${other.threadId}`)).status).toBe(404)
    expect((await api(`/messaging/threads/${other.threadId}/messages`)).status).toBe(403)
    expect((await api('/messaging/threads')).body.threads).toEqual([])
    expect((await api('/messaging/nothing-here')).status).toBe(404)
  })
})

describe('Allegro simulator: media types, auth, limits and faults', () => {
  it('answers 406 to a wrong Accept and 415 to a wrong Content-Type', async () => {
    const notAcceptable = await api('/messaging/threads', {
      headers: { accept: 'application/json' },
    })
    expect(notAcceptable.status).toBe(406)
    expect(notAcceptable.body.errors[0].code).toBe('NotAcceptableException')
    expect((await api('/messaging/threads', { headers: { accept: '*/*' } })).status).toBe(406)
    const thread = state().write({ sellerLogin: SELLER, buyerLogin: 'jan', text: 'Hej' }).threadId
    const unsupported = await api(`/messaging/threads/${thread}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      json: { text: 'x' },
    })
    expect(unsupported.status).toBe(415)
    expect(unsupported.body.errors[0].code).toBe('UnsupportedMediaTypeException')
  })

  it('answers 401 without a token, with an unknown one and with an expired one', async () => {
    const none = await fetch(`${kit.sim.url}/messaging/threads`, { headers: { accept: JSON_TYPE } })
    expect(none.status).toBe(401)
    expect(await none.json()).toMatchObject({ error: 'unauthorized' })
    const unknown = await api('/messaging/threads', { as: 'garbage' })
    expect(unknown).toMatchObject({ status: 401, body: { error: 'invalid_token' } })
    expect(unknown.headers.get('www-authenticate')).toContain('invalid_token')
    state().tokens.expireAccessTokens()
    const expired = await api('/messaging/threads')
    expect(expired).toMatchObject({
      status: 401,
      body: { error: 'invalid_token', error_description: 'Access token expired' },
    })
  })

  it('answers 403 when the token lacks the messaging scope', async () => {
    const narrow = state().issueTokens('app', SELLER, ['allegro:api:profile:read']).access_token
    expect((await api('/messaging/threads', { as: narrow })).status).toBe(403)
    expect((await api('/me', { as: narrow })).body).toMatchObject({ login: SELLER })
  })

  it('answers 429 with Retry-After and rate-limit headers past the per-token budget', async () => {
    state().config.rateLimit = { budget: 2, windowMs: 60_000 }
    const first = await api('/messaging/threads')
    expect(first.headers.get('x-ratelimit-limit')).toBe('2')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1')
    await api('/messaging/threads')
    const limited = await api('/messaging/threads')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    const otherToken = state().issueTokens('app', SELLER).access_token
    expect((await api('/messaging/threads', { as: otherToken })).status).toBe(200)
  })

  it('injects 5xx faults by path pattern and count, before or after processing', async () => {
    state().failNext('/messaging/threads', 503, 2)
    expect((await api('/messaging/threads')).status).toBe(503)
    expect((await api('/messaging/threads')).status).toBe(503)
    expect((await api('/messaging/threads')).status).toBe(200)
    const thread = state().write({ sellerLogin: SELLER, buyerLogin: 'jan', text: 'Hej' }).threadId
    state().failNext('POST /messaging/threads/*/messages', 500, 1, { afterProcessing: true })
    const lost = await api(`/messaging/threads/${thread}/messages`, {
      method: 'POST',
      json: { text: 'Odp' },
    })
    expect(lost.status).toBe(500)
    expect(lost.body.errors[0].code).toBe('InternalServerErrorException')
    expect(
      state()
        .messagesOf(thread)
        .map((m) => m.text),
    ).toEqual(['Odp', 'Hej'])
  })
})
