import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { OutboundRateLimitedError } from '../../../platform/outbound/retrying-fetch.js'
import {
  type RunningSmsapiSimulator,
  SMSAPI_SIM_DEFAULT_TOKEN,
  startSmsapiSimulator,
} from '../../../simulators/smsapi/index.js'
import {
  SmsCredentialsRejectedError,
  SmsRecipientRejectedError,
  SmsSendError,
} from './sms-send-errors.js'
import { smsapiIdx } from './smsapi-idx.js'
import { createSmsapiSender, type SmsapiSenderOptions } from './smsapi-sender.js'

let sim: RunningSmsapiSimulator
let now: number
let sleeps: number[]

beforeAll(async () => {
  sim = await startSmsapiSimulator()
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.state.reset()
  Object.assign(sim.state.config, { rateLimit: null, businessErrorStatus: 200 })
  sim.state.senderNames.add('Elektro')
  now = Date.parse('2025-01-15T10:00:00Z')
  sim.state.clock = () => new Date(now)
  sleeps = []
})

const sender = (options: Partial<SmsapiSenderOptions> = {}) =>
  createSmsapiSender({
    baseUrl: `${sim.url}/`,
    token: SMSAPI_SIM_DEFAULT_TOKEN,
    senderName: 'Elektro',
    retry: { maxAttempts: 3, baseDelayMs: 10, maxRetryAfterMs: 5_000 },
    // The simulator's clock moves with our waits, so its rate-limit windows expire.
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    },
    ...options,
  })
const text = 'ElektroMarket: zamówienie nr KK-10482 zostało wysłane. Śledź: https://x.pl/t/1'

describe('createSmsapiSender against the SMSAPI simulator', () => {
  it('sends to the normalised number with the text intact, the sender name and the idx', async () => {
    const sent = await sender().send({ to: '500 600 700', text, idempotencyKey: 'notif42' })
    const [stored] = sim.state.messages
    expect(sim.state.messages).toHaveLength(1)
    expect(stored).toMatchObject({
      number: '48500600700',
      submittedNumber: '48500600700',
      message: text,
      from: 'Elektro',
      idx: 'notif42',
      encoding: 'ucs2',
      parts: 2,
    })
    expect(sent).toEqual({ providerId: stored!.id, points: 0.32 })
  })

  it('turns keys SMSAPI would reject or fold into a hashed idx', async () => {
    const key = '7F1C2B3A-0D4E-4F5A-8B6C-9D0E1F2A3B4C'
    await sender().send({ to: '+48 511 222 333', text: 'Test', idempotencyKey: key })
    expect(sim.state.messages[0]?.idx).toBe(smsapiIdx(key))
    expect(sim.state.messages[0]?.idx).toMatch(/^[0-9a-f]{64}$/)
  })

  it('does not send twice when the answer is lost and the retry hits check_idx', async () => {
    sim.state.traffic.failNext('POST /sms.do', 500, 1, true)
    const sent = await sender().send({ to: '500600700', text, idempotencyKey: 'notif43' })
    expect(sim.state.messages).toHaveLength(1)
    expect(sleeps).toHaveLength(1)
    expect(sent).toEqual({ providerId: 'duplicate:notif43', points: 0 })
    // A job that runs again after a crash is refused the same way.
    const again = await sender().send({ to: '500600700', text, idempotencyKey: 'notif43' })
    expect(again.providerId).toBe('duplicate:notif43')
    expect(sim.state.messages).toHaveLength(1)
  })

  it('retries gateway failures before processing and sends once', async () => {
    sim.state.traffic.failNext('POST /sms.do', 503, 2)
    const sent = await sender().send({ to: '500600700', text: 'Test', idempotencyKey: 'n44' })
    expect(sleeps).toHaveLength(2)
    expect(sim.state.messages).toHaveLength(1)
    expect(sent.providerId).toBe(sim.state.messages[0]?.id)
  })

  it('gives up on a lasting outage with a retriable SmsSendError', async () => {
    sim.state.traffic.failNext('POST /sms.do', 502, 10)
    const failure = sender().send({ to: '500600700', text: 'Test', idempotencyKey: 'n45' })
    await expect(failure).rejects.toMatchObject({
      name: 'SmsSendError',
      status: 502,
      retriable: true,
    })
    expect(sleeps).toHaveLength(2)
    expect(sim.state.messages).toHaveLength(0)
  })

  it('waits out a short rate limit and reports a long one as OutboundRateLimitedError', async () => {
    sim.state.config.rateLimit = { budget: 1, windowMs: 2_000 }
    await sender().send({ to: '500600700', text: 'Test', idempotencyKey: 'n46' })
    await sender().send({ to: '500600700', text: 'Test', idempotencyKey: 'n47' })
    expect(sleeps).toEqual([2_000])
    expect(sim.state.messages).toHaveLength(2)
    sim.state.config.rateLimit = { budget: 1, windowMs: 60_000 }
    now += 60_000
    await sender().send({ to: '500600700', text: 'Test', idempotencyKey: 'n48' })
    const limited = sender().send({ to: '500600700', text: 'Test', idempotencyKey: 'n49' })
    await expect(limited).rejects.toBeInstanceOf(OutboundRateLimitedError)
    expect(sim.state.messages).toHaveLength(3)
  })

  it('raises SmsCredentialsRejectedError for a token SMSAPI refuses, without retrying', async () => {
    const failure = sender({ token: 'revoked' }).send({
      to: '500600700',
      text: 'T',
      idempotencyKey: 'n50',
    })
    await expect(failure).rejects.toBeInstanceOf(SmsCredentialsRejectedError)
    await expect(failure).rejects.toMatchObject({ code: 101, status: 401, retriable: false })
    expect(sleeps).toEqual([])
  })

  it('raises SmsRecipientRejectedError for numbers SMSAPI refuses, however it reports them', async () => {
    const landline = sender().send({ to: '22 123 45 67', text: 'T', idempotencyKey: 'n51' })
    await expect(landline).rejects.toBeInstanceOf(SmsRecipientRejectedError)
    await expect(landline).rejects.toMatchObject({ code: 13, numbers: ['48221234567'] })
    sim.state.config.businessErrorStatus = 400
    const again = sender().send({ to: '22 123 45 67', text: 'T', idempotencyKey: 'n52' })
    await expect(again).rejects.toMatchObject({ name: 'SmsRecipientRejectedError', status: 400 })
    expect(sleeps).toEqual([])
  })

  it('refuses what is not a phone number before calling SMSAPI', async () => {
    sim.state.traffic.failNext('POST /sms.do', 500, 1)
    const failure = sender().send({ to: 'brak numeru', text: 'T', idempotencyKey: 'n53' })
    await expect(failure).rejects.toMatchObject({ name: 'SmsRecipientRejectedError', status: 0 })
    // The fault is still armed: no request was made.
    expect(sim.state.traffic.takeFault('POST', '/sms.do')).not.toBeNull()
  })

  it('reports other refusals, such as an unregistered sender name, as final SmsSendError', async () => {
    const failure = sender({ senderName: 'Obcy' }).send({
      to: '500600700',
      text: 'T',
      idempotencyKey: 'n54',
    })
    await expect(failure).rejects.toBeInstanceOf(SmsSendError)
    await expect(failure).rejects.toMatchObject({ code: 14, retriable: false })
  })

  it('sends nothing in test mode', async () => {
    const sent = await sender({ test: true }).send({
      to: '500600700',
      text: 'T',
      idempotencyKey: 'n55',
    })
    expect(sent.providerId).toMatch(/^[0-9A-F]{24}$/)
    expect(sim.state.messages).toHaveLength(0)
  })
})
