import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type SmsCall, startSmsapiForTests } from './sim-sms-test-kit.js'

let kit: Awaited<ReturnType<typeof startSmsapiForTests>>
const sms = (call: SmsCall) => kit.sms(call)
const state = () => kit.sim.state

beforeAll(async () => {
  kit = await startSmsapiForTests()
})
afterAll(() => kit.sim.close())
beforeEach(() => kit.reset())

const send = { to: '500600700', message: 'Paczka w drodze', format: 'json', encoding: 'utf-8' }

describe('SMSAPI simulator: sms.do', () => {
  it('accepts a send and answers SMSAPI’s JSON list', async () => {
    const answer = await sms({ params: { ...send, idx: 'order123' } })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      count: 1,
      list: [
        {
          points: 0.16,
          number: '48500600700',
          submitted_number: '500600700',
          status: 'QUEUE',
          error: null,
          idx: 'order123',
        },
      ],
    })
    const [item] = answer.body.list
    expect(item.id).toMatch(/^[0-9A-F]{24}$/)
    expect(Math.abs(item.date_sent - Date.now() / 1000)).toBeLessThan(5)
    const sent = await kit.control('/messages')
    expect(sent.body).toMatchObject([
      { id: item.id, number: '48500600700', message: 'Paczka w drodze' },
    ])
  })

  it('reads query parameters, JSON bodies and comma-separated recipients', async () => {
    const viaQuery = await sms({ params: send, as: 'query' })
    expect(viaQuery.body.count).toBe(1)
    const many = { ...send, to: '+48500600700, 48 511 222 333', details: true }
    const viaJson = await sms({ params: many, as: 'json' })
    expect(viaJson.body).toMatchObject({
      count: 2,
      message: 'Paczka w drodze',
      length: 15,
      parts: 1,
      list: [{ number: '48500600700' }, { number: '48511222333' }],
    })
    expect(state().messages).toHaveLength(3)
  })

  it('decodes form bytes in the declared charset, windows-1250 by default', async () => {
    const utf8 = await sms({ params: { ...send, message: 'Śledź przesyłkę' } })
    expect(utf8.body.count).toBe(1)
    // Forgetting encoding=utf-8 garbles Polish letters, as SMSAPI's windows-1250 default does.
    const { encoding: _, ...noEncoding } = send
    await sms({ params: { ...noEncoding, message: 'Śledź' } })
    const cp1250 = Buffer.concat([
      Buffer.from('to=500600700&format=json&message='),
      Buffer.from('%8Cled%9F'), // "Śledź" in windows-1250
    ])
    await sms({ params: {}, rawBody: cp1250 })
    expect(state().messages.map((m) => m.message)).toEqual(['Śledź przesyłkę', 'ĹšledĹş', 'Śledź'])
    expect(state().messages.map((m) => m.encoding)).toEqual(['ucs2', 'ucs2', 'ucs2'])
  })

  it('counts parts and points by GSM-7 or UCS-2, and normalize=1 transliterates', async () => {
    await sms({ params: { ...send, message: 'a'.repeat(161) } })
    await sms({ params: { ...send, message: 'ą'.repeat(71) } })
    await sms({ params: { ...send, message: 'Zażółć gęślą jaźń', normalize: 1 } })
    const [gsm, ucs, normalized] = state().messages
    expect(gsm).toMatchObject({ encoding: 'gsm7', parts: 2, points: 0.32 })
    expect(ucs).toMatchObject({ encoding: 'ucs2', parts: 2 })
    expect(normalized).toMatchObject({ message: 'Zazolc gesla jazn', encoding: 'gsm7', parts: 1 })
  })

  it('refuses a missing token with 101 and HTTP 401, in JSON or text', async () => {
    const json = await sms({ params: send, token: null })
    expect(json.status).toBe(401)
    expect(json.body).toEqual({ error: 101, message: 'Authorization failed' })
    const { format: _, ...textual } = send
    const text = await sms({ params: textual, token: 'not-a-token' })
    expect(text).toMatchObject({ status: 401, text: 'ERROR:101' })
    expect(state().messages).toHaveLength(0)
  })

  it('answers the legacy text format when format=json is absent', async () => {
    const { format: _, ...textual } = send
    const answer = await sms({ params: textual })
    expect(answer.text).toMatch(/^OK:[0-9A-F]{24}:0\.16$/)
  })

  it('refuses bad recipients with 13 and lists them; partial sends list the rest', async () => {
    const none = await sms({ params: { ...send, to: '221234567,123' } })
    expect(none.status).toBe(200)
    expect(none.body).toMatchObject({
      error: 13,
      message: 'No correct phone numbers',
      invalid_numbers: [
        { number: '48221234567', submitted_number: '221234567', message: 'Invalid phone number' },
        { submitted_number: '123' },
      ],
    })
    const some = await sms({ params: { ...send, to: '500600700,221234567' } })
    expect(some.body).toMatchObject({
      count: 1,
      invalid_numbers: [{ submitted_number: '221234567' }],
    })
    await kit.control('/seed', { json: { blacklist: ['48500600700'] } })
    expect((await sms({ params: send })).body.error).toBe(13)
  })

  it('refuses empty, too long and nounicode-violating messages with 11, unknown senders with 14', async () => {
    expect((await sms({ params: { ...send, message: ' ' } })).body.error).toBe(11)
    expect((await sms({ params: { ...send, message: 'a'.repeat(1531) } })).body.error).toBe(11)
    expect(
      (await sms({ params: { ...send, message: 'a'.repeat(200), max_parts: 1 } })).body.error,
    ).toBe(11)
    expect((await sms({ params: { ...send, message: 'żółw', nounicode: 1 } })).body.error).toBe(11)
    expect((await sms({ params: { ...send, from: 'Nieznany' } })).body.error).toBe(14)
    await kit.control('/seed', { json: { senderNames: ['Elektro'] } })
    expect((await sms({ params: { ...send, from: 'Elektro' } })).body.count).toBe(1)
    expect(state().messages.map((m) => m.from)).toEqual(['Elektro'])
  })

  it('refuses a repeated idx with 53 when check_idx=1, case-insensitively, and not otherwise', async () => {
    const once = { ...send, idx: 'abc123', check_idx: 1 }
    expect((await sms({ params: once })).body.count).toBe(1)
    const again = await sms({ params: { ...once, idx: 'ABC123' } })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ error: 53 })
    expect((await sms({ params: { ...send, idx: 'abc123' } })).body.count).toBe(1)
    expect(state().messages).toHaveLength(2)
  })

  it('forgets an idx after the configured window', async () => {
    let now = Date.parse('2025-01-15T10:00:00Z')
    state().clock = () => new Date(now)
    const once = { ...send, idx: 'abc', check_idx: 1 }
    await sms({ params: once })
    now += state().config.idxWindowMs
    expect((await sms({ params: once })).body.count).toBe(1)
  })

  it('validates idx: 255 characters at most (27), letters and digits only, one per recipient (20)', async () => {
    expect((await sms({ params: { ...send, idx: 'a'.repeat(256) } })).body.error).toBe(27)
    expect((await sms({ params: { ...send, idx: 'a'.repeat(255) } })).body.count).toBe(1)
    expect((await sms({ params: { ...send, idx: 'order-1' } })).body.error).toBe(8)
    const two = { ...send, to: '500600700,511222333' }
    expect((await sms({ params: { ...two, idx: 'a|b|c' } })).body.error).toBe(20)
    const paired = await sms({ params: { ...two, idx: 'first|second' } })
    expect(paired.body.list.map((s: { idx: string }) => s.idx)).toEqual(['first', 'second'])
  })

  it('answers test=1 like a send but keeps nothing, not even the idx', async () => {
    const dry = await sms({ params: { ...send, test: 1, idx: 'dry', check_idx: 1 } })
    expect(dry.body.count).toBe(1)
    expect(state().messages).toHaveLength(0)
    expect((await sms({ params: { ...send, idx: 'dry', check_idx: 1 } })).body.count).toBe(1)
  })

  it('can report business errors with HTTP 400 instead of 200', async () => {
    await kit.control('/config', { method: 'PUT', json: { businessErrorStatus: 400 } })
    const refused = await sms({ params: { ...send, to: '123' } })
    expect(refused).toMatchObject({ status: 400, body: { error: 13 } })
  })
})

describe('SMSAPI simulator: control, faults and limits', () => {
  it('limits requests per token with 429 and Retry-After', async () => {
    state().config.rateLimit = { budget: 2, windowMs: 60_000 }
    expect((await sms({ params: send })).status).toBe(200)
    expect((await sms({ params: send })).status).toBe(200)
    const limited = await sms({ params: send })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.body).toMatchObject({ error: 203 })
    await kit.control('/seed', { json: { tokens: ['other-account'] } })
    expect((await sms({ params: send, token: 'other-account' })).status).toBe(200)
  })

  it('fails requests before processing, or after it (the answer lost on the way back)', async () => {
    await kit.control('/faults', { json: { pattern: 'POST /sms.do', status: 503, count: 1 } })
    const before = await sms({ params: send })
    expect(before.status).toBe(503)
    expect(before.text).toContain('503')
    expect(state().messages).toHaveLength(0)
    await kit.control('/faults', { json: { status: 500, afterProcessing: true } })
    const after = await sms({ params: send })
    expect(after).toMatchObject({ status: 500, body: { error: 201 } })
    expect(state().messages).toHaveLength(1)
    expect((await sms({ params: send })).status).toBe(200)
  })

  it('lists sent messages filtered by number or idx, and resets', async () => {
    await sms({ params: { ...send, idx: 'one' } })
    await sms({ params: { ...send, to: '511222333', idx: 'two' } })
    expect((await kit.control('/messages?to=48511222333')).body).toHaveLength(1)
    expect((await kit.control('/messages?idx=ONE')).body).toMatchObject([{ idx: 'one' }])
    await kit.control('/reset', { json: {} })
    expect((await kit.control('/messages')).body).toEqual([])
  })
})
