import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../simulators/allegro/start-allegro-simulator.js'
import type { ConnectorAccount, OutboundReply } from '../contract.js'
import { createAllegroConnector } from './allegro-connector.js'
import type { AllegroOutboundReply } from './allegro-send.js'
import {
  buildAllegroAccount,
  silentLog,
  startTestSimulator,
  TEST_SELLER,
} from './allegro-test-kit.js'

let sim: RunningAllegroSimulator
let account: ConnectorAccount
let threadId: string
const connector = createAllegroConnector({
  retry: { baseDelayMs: 1, maxDelayMs: 2 },
  sleep: async () => {},
})

beforeAll(async () => {
  sim = await startTestSimulator()
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.state.reset()
  account = buildAllegroAccount(sim)
  threadId = sim.state.write({
    sellerLogin: TEST_SELLER,
    buyerLogin: 'kasia',
    text: 'Gdzie paczka?',
  }).threadId
})

const reply = (overrides: Partial<AllegroOutboundReply> = {}): AllegroOutboundReply => ({
  messageId: 'a1b2c3',
  conversationId: 'conv-1',
  externalThreadId: threadId,
  to: { name: 'kasia', email: null, externalId: 'kasia' },
  subject: null,
  text: 'Dzień dobry, paczka wyjechała dziś rano.',
  html: '<p>Dzień dobry, paczka wyjechała dziś rano.</p>',
  inReplyTo: null,
  references: [],
  attachments: [],
  ...overrides,
})
const sellerTexts = () =>
  sim.state
    .messagesOf(threadId)
    .filter((m) => m.authorLogin === TEST_SELLER)
    .map((m) => m.text)

describe('allegroConnector.send', () => {
  it('posts the plain text into the thread; a later pull sees it as outbound with the same id', async () => {
    const receipt = await connector.send(account, reply(), silentLog)
    expect(sellerTexts()).toEqual(['Dzień dobry, paczka wyjechała dziś rano.'])
    expect(sim.state.messages.get(receipt.externalId)?.threadId).toBe(threadId)
    const pulled = await connector.pull!(account, null, silentLog)
    expect(pulled.messages.at(-1)).toMatchObject({
      externalId: receipt.externalId,
      direction: 'outbound',
    })
  })

  it('uploads attachments first, naming files after their type when the name has no extension', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex')
    const pdf = Buffer.from('%PDF-1.4')
    const attachments = [
      { filename: 'etykieta.png', contentType: 'image/png', content: png },
      { filename: 'faktura', contentType: 'application/pdf', content: pdf },
    ]
    const receipt = await connector.send(account, reply({ attachments }), silentLog)
    const files = sim.state.messages
      .get(receipt.externalId)!
      .attachmentIds.map((id) => sim.state.attachments.get(id)!)
    expect(files.map((f) => [f.filename, f.mimeType, f.content])).toEqual([
      ['etykieta.png', 'image/png', png],
      ['faktura.pdf', 'application/pdf', pdf],
    ])
  })

  it('is safe to call twice with the same reply: one message, the same receipt', async () => {
    const queued = reply({ queuedAt: new Date() })
    const first = await connector.send(account, queued, silentLog)
    const second = await connector.send(account, queued, silentLog)
    expect(second).toEqual(first)
    expect(sellerTexts()).toHaveLength(1)
  })

  it('does not post again when the response to a processed POST was lost', async () => {
    sim.state.failNext('POST /messaging/threads/*/messages', 500, 1, { afterProcessing: true })
    const receipt = await connector.send(account, reply(), silentLog)
    expect(sellerTexts()).toHaveLength(1)
    expect(sim.state.messages.get(receipt.externalId)?.text).toBe(reply().text)
  })

  it('posts again when the failed POST was never processed', async () => {
    sim.state.failNext('POST /messaging/threads/*/messages', 500, 1)
    const receipt = await connector.send(account, reply(), silentLog)
    expect(sellerTexts()).toEqual([reply().text])
    expect(sim.state.messages.has(receipt.externalId)).toBe(true)
  })

  it('refuses replies Allegro cannot take before sending anything', async () => {
    const docx = {
      filename: 'umowa.docx',
      contentType: 'application/msword',
      content: Buffer.from('x'),
    }
    await expect(
      connector.send(account, reply({ attachments: [docx] }), silentLog),
    ).rejects.toThrow(/images and PDF/)
    await expect(
      connector.send(account, reply({ text: 'x'.repeat(2001) }), silentLog),
    ).rejects.toThrow(/2000/)
    await expect(
      connector.send(account, reply({ externalThreadId: null }), silentLog),
    ).rejects.toThrow(/thread/)
    expect(sellerTexts()).toEqual([])
    expect(sim.state.attachments.size).toBe(0)
  })
})

describe('allegroConnector.findDelivered', () => {
  it('finds a delivered reply by its exact text, and nothing before it is sent', async () => {
    expect(await connector.findDelivered!(account, reply())).toBeNull()
    const receipt = await connector.send(account, reply(), silentLog)
    expect(await connector.findDelivered!(account, reply())).toEqual(receipt)
    expect(await connector.findDelivered!(account, reply({ text: 'Inna treść' }))).toBeNull()
  })

  it('ignores an identical text the seller sent before the reply was queued', async () => {
    const queuedAt = new Date(Date.now() + 60_000)
    sim.state.write({
      sellerLogin: TEST_SELLER,
      buyerLogin: 'kasia',
      text: reply().text,
      fromSeller: true,
    })
    const queued = reply({ queuedAt })
    expect(await connector.findDelivered!(account, queued)).toBeNull()
    // Without queuedAt the look-back window (30 minutes) takes the earlier message for this reply.
    expect(await connector.findDelivered!(account, reply())).not.toBeNull()
  })

  it('returns null for a reply without a thread', async () => {
    const orphan: OutboundReply = reply({ externalThreadId: null })
    expect(await connector.findDelivered!(account, orphan)).toBeNull()
  })
})
