import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../simulators/allegro/start-allegro-simulator.js'
import {
  type ConnectorAccount,
  CredentialsRejectedError,
  type InboundMessage,
  RateLimitedError,
} from '../contract.js'
import { type AllegroConnectorOptions, createAllegroConnector } from './allegro-connector.js'
import {
  buildAllegroAccount,
  silentLog,
  startTestSimulator,
  TEST_APP,
  TEST_SELLER,
} from './allegro-test-kit.js'

let sim: RunningAllegroSimulator
let account: ConnectorAccount

beforeAll(async () => {
  sim = await startTestSimulator()
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.state.reset()
  sim.state.config.rateLimit = null
  // A clock that ticks on every read keeps messages written back to back in a known order.
  let tick = Date.now()
  sim.state.clock = () => new Date(tick++)
  account = buildAllegroAccount(sim)
})

const connectorWith = (options: AllegroConnectorOptions = {}) =>
  createAllegroConnector({
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    sleep: async () => {},
    ...options,
  })
const write = (buyerLogin: string, text: string, extra: object = {}) =>
  sim.state.write({ sellerLogin: TEST_SELLER, buyerLogin, text, ...extra })

/** Pulls until nothing more waits, threading the cursor like the sync job does. */
async function drain(
  connector: ReturnType<typeof connectorWith>,
  start: Record<string, unknown> | null,
) {
  let cursor = start
  const batches: InboundMessage[][] = []
  for (let i = 0; i < 50; i++) {
    const result = await connector.pull!(account, cursor, silentLog)
    batches.push(result.messages)
    cursor = result.cursor
    if (!result.hasMore) return { cursor, batches, messages: batches.flat() }
  }
  throw new Error('pull never finished')
}

describe('allegroConnector.pull', () => {
  it('normalises the first sync oldest first: direction, order number, attachments', async () => {
    const hour = 3_600_000
    const photo = Buffer.from('89504e470d0a1a0a', 'hex')
    write('stary_klient', 'Sprzed miesiąca', { at: new Date(Date.now() - 30 * 24 * hour) })
    const question = write('kasia', 'Kiedy wysyłka?', {
      orderId: 'zam-1',
      at: new Date(Date.now() - 3 * hour),
    })
    const answer = write('kasia', 'Jutro rano.', {
      fromSeller: true,
      at: new Date(Date.now() - 2 * hour),
    })
    const damage = write('marek', 'Przyszło pęknięte', {
      orderId: 'zam-2',
      attachments: [{ filename: 'zdjecie.png', contentType: 'image/png', content: photo }],
    })
    const result = await connectorWith().pull!(account, null, silentLog)
    expect(result.hasMore).toBe(false)
    expect(result.credentials).toBeUndefined()
    expect(result.messages.map((m) => m.externalId)).toEqual([question.id, answer.id, damage.id])
    expect(result.messages[0]).toEqual({
      externalId: question.id,
      externalThreadId: question.threadId,
      direction: 'inbound',
      author: { name: 'kasia', email: null, externalId: 'kasia' },
      subject: null,
      text: 'Kiedy wysyłka?',
      html: null,
      sentAt: question.createdAt,
      attachments: [],
      threading: { messageId: null, inReplyTo: null, references: [], orderNumber: 'zam-1' },
      automated: false,
    })
    expect(result.messages[1]).toMatchObject({
      direction: 'outbound',
      author: { name: TEST_SELLER },
    })
    expect(result.messages[2]?.attachments).toEqual([
      {
        filename: 'zdjecie.png',
        contentType: 'image/png',
        content: photo,
        size: photo.length,
        externalRef: `${sim.url}/messaging/message-attachments/${damage.attachmentIds[0]}`,
      },
    ])
  })

  it('never returns a message twice across cursors and returns each new one once', async () => {
    const connector = connectorWith()
    write('anna', 'Pierwsza')
    const first = await connector.pull!(account, null, silentLog)
    expect(first.messages.map((m) => m.text)).toEqual(['Pierwsza'])
    expect((await connector.pull!(account, first.cursor, silentLog)).messages).toEqual([])
    write('anna', 'Druga')
    write('bartek', 'Inny wątek')
    const second = await connector.pull!(account, first.cursor, silentLog)
    expect(second.messages.map((m) => m.text)).toEqual(['Druga', 'Inny wątek'])
    const third = await connector.pull!(account, second.cursor, silentLog)
    expect(third.messages).toEqual([])
    // The same cursor pulled again (ingest crashed before storing the next) repeats, by design.
    expect((await connector.pull!(account, first.cursor, silentLog)).messages).toHaveLength(2)
  })

  it('keeps messages sharing the cursor instant and late ones inside the overlap', async () => {
    const frozen = new Date('2026-03-02T10:00:00.000Z')
    sim.state.clock = () => frozen
    const connector = connectorWith({ pull: { now: () => frozen } })
    write('anna', 'W tej samej milisekundzie 1')
    const first = await connector.pull!(account, null, silentLog)
    expect(first.cursor).toMatchObject({ since: frozen.toISOString() })
    write('bartek', 'W tej samej milisekundzie 2')
    // Visible only now, though created 20 s before the cursor (replication lag).
    write('celina', 'Spóźniona', { at: new Date(frozen.getTime() - 20_000) })
    const second = await connector.pull!(account, first.cursor, silentLog)
    expect(second.messages.map((m) => m.text)).toEqual(['Spóźniona', 'W tej samej milisekundzie 2'])
    expect((await connector.pull!(account, second.cursor, silentLog)).messages).toEqual([])
  })

  it('spreads many threads over pulls with hasMore, losing and repeating nothing', async () => {
    const connector = connectorWith({ pull: { threadsPerPull: 2 } })
    for (let i = 0; i < 5; i++) write(`kupujacy${i}`, `Wiadomość ${i}`)
    const firstPull = await connector.pull!(account, null, silentLog)
    expect(firstPull.hasMore).toBe(true)
    expect(firstPull.messages).toHaveLength(2)
    // New messages arrive mid-round, in a thread already read and in one not yet read.
    write(firstPull.messages[0]!.author.name!, 'Dopisek do przeczytanego wątku')
    write('kupujacy0', 'Dopisek do nieprzeczytanego wątku')
    const rest = await drain(connector, firstPull.cursor)
    const after = await drain(connector, rest.cursor)
    const all = [...firstPull.messages, ...rest.messages, ...after.messages].map(
      (m) => m.externalId,
    )
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual([...sim.state.messages.keys()].sort())
    expect((await connector.pull!(account, after.cursor, silentLog)).messages).toEqual([])
  })

  it('hands back refreshed tokens, including ones refreshed during a send', async () => {
    const connector = connectorWith()
    write('anna', 'Halo')
    sim.state.tokens.expireAccessTokens()
    const pulled = await connector.pull!(account, null, silentLog)
    expect(pulled.messages).toHaveLength(1)
    expect(pulled.credentials).toMatchObject({ clientId: TEST_APP.clientId })
    expect(pulled.credentials?.accessToken).not.toBe(account.credentials.accessToken)
    account = { ...account, credentials: pulled.credentials! }
    expect((await connector.pull!(account, pulled.cursor, silentLog)).credentials).toBeUndefined()

    sim.state.tokens.expireAccessTokens()
    const reply = {
      messageId: 'm-1',
      conversationId: 'c-1',
      externalThreadId: pulled.messages[0]!.externalThreadId,
      to: { name: null, email: null, externalId: 'anna' },
      subject: null,
      text: 'Dzień dobry',
      html: null,
      inReplyTo: null,
      references: [],
      attachments: [],
    }
    await connector.send(account, reply, silentLog)
    const later = await connector.pull!(account, pulled.cursor, silentLog)
    expect(later.credentials?.refreshToken).toBeDefined()
    expect(later.credentials?.refreshToken).not.toBe(account.credentials.refreshToken)
  })

  it('raises RateLimitedError and CredentialsRejectedError for the account health', async () => {
    write('anna', 'Halo')
    sim.state.config.rateLimit = { budget: 1, windowMs: 600_000 }
    const limited = connectorWith({ retry: { maxAttempts: 1 } }).pull!(account, null, silentLog)
    await expect(limited).rejects.toBeInstanceOf(RateLimitedError)
    sim.state.config.rateLimit = null
    sim.state.tokens.revoke()
    await expect(connectorWith().pull!(account, null, silentLog)).rejects.toBeInstanceOf(
      CredentialsRejectedError,
    )
    const blank = { ...account, credentials: {} }
    await expect(connectorWith().verify!(blank)).rejects.toBeInstanceOf(CredentialsRejectedError)
  })
})

describe('allegroConnector.verify and markRead', () => {
  it('verifies working credentials and marks a thread read', async () => {
    const connector = connectorWith()
    await expect(connector.verify!(account)).resolves.toBeUndefined()
    const message = write('anna', 'Halo')
    expect(sim.state.threads.get(message.threadId)?.read).toBe(false)
    await connector.markRead!(account, message.threadId)
    expect(sim.state.threads.get(message.threadId)?.read).toBe(true)
  })
})
