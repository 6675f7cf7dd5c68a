import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser } from '../../../../test/factories.js'
import { buildChannelAccount } from '../../../../test/inbox-factories.js'
import { createTestApp } from '../../../../test/test-runtime.js'
import { orderThreadId } from './report-problem.js'
import { PRIVATE_BUYER, seedTrackedOrder } from './tracking-page-test-kit.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let workspaceId: string
let widgetId: string

beforeAll(async () => {
  t = await createTestApp()
  workspaceId = (await buildUser(t.runtime)).workspaceId
  widgetId = await buildChannelAccount(t.runtime, workspaceId, 'widget', { name: 'Czat' })
})
afterAll(() => t.close())

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

function postForm(token: string, fields: Record<string, string>, remoteAddress = '203.0.113.7') {
  return t.app.inject({
    method: 'POST',
    url: `/t/${token}/problem`,
    headers: FORM,
    payload: new URLSearchParams(fields).toString(),
    remoteAddress,
  })
}

/** The conversations of an order's reports and their messages, read as the database owner. */
async function reportsOf(orderId: string) {
  const { db } = t.runtime.database
  const threads = await db
    .selectFrom('conversationThreads')
    .select('conversationId')
    .where('externalThreadId', '=', orderThreadId(orderId))
    .execute()
  const ids = threads.map((r) => r.conversationId)
  if (ids.length === 0) return { conversations: [], messages: [] }
  const conversations = await db
    .selectFrom('conversations')
    .select(['id', 'subject', 'orderNumber', 'channelAccountId', 'customerId'])
    .where('id', 'in', ids)
    .execute()
  const messages = await db
    .selectFrom('messages')
    .select(['bodyText', 'authorName', 'direction', 'externalId'])
    .where('conversationId', 'in', ids)
    .orderBy('sentAt')
    .execute()
  return { conversations, messages }
}

describe('POST /t/:token/problem', () => {
  it('files the report in the inbox as the buyer, about the order, and says thank you', async () => {
    const order = await seedTrackedOrder(t.runtime, workspaceId)
    const response = await postForm(order.token, {
      message: 'Dzień dobry,\r\npaczka przyszła zgnieciona, kawa się wysypała.',
      lang: 'pl',
      submissionId: randomUUID(),
    })
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe(`/t/${order.token}?lang=pl&reported=1#reported`)
    const { conversations, messages } = await reportsOf(order.orderId)
    expect(conversations).toHaveLength(1)
    expect(conversations[0]).toMatchObject({
      subject: `Problem z zamówieniem ${order.number}`,
      orderNumber: order.number,
      channelAccountId: widgetId,
    })
    expect(conversations[0]?.customerId).not.toBeNull()
    expect(messages).toEqual([
      expect.objectContaining({
        bodyText: 'Dzień dobry,\npaczka przyszła zgnieciona, kawa się wysypała.',
        authorName: PRIVATE_BUYER.name,
        direction: 'inbound',
      }),
    ])
    const thanks = await t.app.inject({ method: 'GET', url: response.headers.location as string })
    expect(thanks.body).toContain('data-testid="reported"')
    expect(thanks.body).toContain('Dziękujemy! Zgłoszenie trafiło do sprzedawcy')
  })

  it('stores a resent form once, and a second report in the same conversation', async () => {
    const order = await seedTrackedOrder(t.runtime, workspaceId)
    const submissionId = randomUUID()
    for (let i = 0; i < 2; i++)
      expect(
        (await postForm(order.token, { message: 'Gdzie paczka?', submissionId })).statusCode,
      ).toBe(303)
    expect((await reportsOf(order.orderId)).messages).toHaveLength(1)
    const json = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/problem`,
      payload: {
        message: 'Still nothing.',
        email: 'kasia.nowy@example.pl',
        lang: 'en',
      },
    })
    expect(json.statusCode).toBe(303)
    expect(json.headers.location).toBe(`/t/${order.token}?lang=en&reported=1#reported`)
    const { conversations, messages } = await reportsOf(order.orderId)
    expect(conversations).toHaveLength(1)
    expect(messages.map((m) => m.bodyText)).toEqual(['Gdzie paczka?', 'Still nothing.'])
  })

  it('allows five reports per order and address in ten minutes, then answers 429', async () => {
    const order = await seedTrackedOrder(t.runtime, workspaceId)
    for (let i = 0; i < 5; i++)
      expect(
        (await postForm(order.token, { message: `Zgłoszenie ${i}` }, '198.51.100.1')).statusCode,
      ).toBe(303)
    const refused = await postForm(order.token, { message: 'Szóste', lang: 'de' }, '198.51.100.1')
    expect(refused.statusCode).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(500)
    expect(refused.body).toContain('Zu viele Meldungen')
    const json = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/problem`,
      payload: { message: 'Szóste' },
      remoteAddress: '198.51.100.1',
    })
    expect(json.statusCode).toBe(429)
    expect(json.json().error.code).toBe('rate_limited')
    // Another address still gets through; nothing refused reached the inbox.
    expect(
      (await postForm(order.token, { message: 'Z innego adresu' }, '198.51.100.2')).statusCode,
    ).toBe(303)
    expect((await reportsOf(order.orderId)).messages).toHaveLength(6)
  })

  it('shows the form again with the error and what was typed when the form is incomplete', async () => {
    const order = await seedTrackedOrder(t.runtime, workspaceId)
    const response = await postForm(order.token, {
      message: '   ',
      email: 'jan@example.pl',
      lang: 'en',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('<details data-testid="report-problem" open>')
    expect(response.body).toContain('Tell us what the problem is.')
    expect(response.body).toContain('value="jan@example.pl"')
    const badEmail = await postForm(order.token, { message: 'Hallo', email: 'jan@', lang: 'de' })
    expect(badEmail.statusCode).toBe(400)
    expect(badEmail.body).toContain('Das sieht nicht wie eine E-Mail-Adresse aus.')
    expect(badEmail.body).toContain('>Hallo</textarea>')
    expect((await reportsOf(order.orderId)).messages).toHaveLength(0)
  })

  it('answers JSON clients with JSON errors', async () => {
    const order = await seedTrackedOrder(t.runtime, workspaceId)
    const badEmail = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/problem`,
      payload: { message: 'x', email: 'nope' },
    })
    expect(badEmail.statusCode).toBe(400)
    expect(badEmail.json().error.code).toBe('email_invalid')
    const unknownField = await t.app.inject({
      method: 'POST',
      url: `/t/${order.token}/problem`,
      payload: { message: 'x', orderId: order.orderId },
    })
    expect(unknownField.statusCode).toBe(400)
    expect(unknownField.json().error.code).toBe('validation_failed')
    const missing = await t.app.inject({
      method: 'POST',
      url: `/t/${'0'.repeat(32)}/problem`,
      payload: { message: 'x' },
    })
    expect(missing.statusCode).toBe(404)
  })

  it('answers an unknown token on the form with the not-found page', async () => {
    const response = await postForm('f'.repeat(32), { message: 'x' })
    expect(response.statusCode).toBe(404)
    expect(response.body).toContain('Nie znaleźliśmy tej przesyłki')
  })
})
