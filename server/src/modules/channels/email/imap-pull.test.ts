import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dovecotBinary, startDovecot, type TestDovecot } from '../../../test/mail/index.js'
import { CredentialsRejectedError } from '../contract.js'
import { testEmailAccount, testMail } from './fixtures/email-account.js'
import { DEFAULT_IMAP_PULL, pullImap } from './imap-pull.js'

const log = pino({ level: 'silent' })
const users = Object.fromEntries(
  ['cursor', 'batch', 'validity', 'window', 'large', 'flags', 'wrong'].map((name) => [
    `${name}@shop.test`,
    `secret-${name}`,
  ]),
)
const everything = { ...DEFAULT_IMAP_PULL, initialSyncDays: null }

describe.skipIf(!dovecotBinary())(
  'pullImap against Dovecot (apt-get install -y dovecot-imapd)',
  () => {
    let dovecot: TestDovecot
    const account = (name: string, extra: { mailbox?: string } = {}) =>
      testEmailAccount({
        imapPort: dovecot.port,
        user: `${name}@shop.test`,
        password: `secret-${name}`,
        ...extra,
      })

    beforeAll(async () => {
      dovecot = await startDovecot({ users })
    })
    afterAll(async () => {
      await dovecot?.stop()
    })

    it('returns only the messages after the cursor', async () => {
      const user = 'cursor@shop.test'
      for (const n of [1, 2, 3])
        await dovecot.append(user, 'INBOX', testMail({ subject: `First ${n}` }))
      const first = await pullImap(account('cursor'), null, log, everything)
      expect(first.messages.map((m) => m.subject)).toEqual(['First 1', 'First 2', 'First 3'])
      expect(first.hasMore).toBe(false)
      expect(first.cursor).toMatchObject({ mailbox: 'INBOX', lastUid: 3 })

      for (const n of [4, 5])
        await dovecot.append(user, 'INBOX', testMail({ subject: `Later ${n}` }))
      const second = await pullImap(account('cursor'), first.cursor, log, everything)
      expect(second.messages.map((m) => m.subject)).toEqual(['Later 4', 'Later 5'])
      expect(second.cursor).toEqual({ ...first.cursor, lastUid: 5 })

      const third = await pullImap(account('cursor'), second.cursor, log, everything)
      expect(third).toEqual({ messages: [], cursor: second.cursor, hasMore: false })
    })

    it('pulls in batches and says when more remain', async () => {
      for (const n of [1, 2, 3, 4, 5])
        await dovecot.append('batch@shop.test', 'INBOX', testMail({ subject: `Batch ${n}` }))
      const options = { ...everything, batchSize: 2 }
      const subjects: (string | null)[] = []
      let cursor: Record<string, unknown> | null = null
      for (let page = 0; page < 5; page++) {
        const result = await pullImap(account('batch'), cursor, log, options)
        subjects.push(...result.messages.map((m) => m.subject))
        cursor = result.cursor
        expect(result.hasMore).toBe(subjects.length < 5)
        if (!result.hasMore) break
      }
      expect(subjects).toEqual(['Batch 1', 'Batch 2', 'Batch 3', 'Batch 4', 'Batch 5'])
    })

    it('starts over when UIDVALIDITY changes', async () => {
      const user = 'validity@shop.test'
      const kept = testMail({ subject: 'Kept', messageId: '<kept@example.test>' })
      await dovecot.append(user, 'Support', kept)
      await dovecot.append(user, 'Support', testMail({ subject: 'Gone' }))
      const before = await pullImap(
        account('validity', { mailbox: 'Support' }),
        null,
        log,
        everything,
      )
      expect(before.cursor).toMatchObject({ mailbox: 'Support', lastUid: 2 })

      // Deleting and re-creating a mailbox gives it a new UIDVALIDITY, as a server migration does.
      const client = await dovecot.connect(user)
      await client.mailboxDelete('Support')
      await client.mailboxCreate('Support')
      await client.logout()
      await dovecot.append(user, 'Support', kept)
      await dovecot.append(user, 'Support', testMail({ subject: 'New' }))

      const after = await pullImap(
        account('validity', { mailbox: 'Support' }),
        before.cursor,
        log,
        everything,
      )
      expect(after.cursor?.uidValidity).not.toBe(before.cursor?.uidValidity)
      expect(after.messages.map((m) => m.subject)).toEqual(['Kept', 'New'])
      // The re-delivered message keeps its identity, so ingest recognises it.
      expect(after.messages[0]!.externalId).toBe(before.messages[0]!.externalId)
    })

    it('reaches back only initialSyncDays on the first sync', async () => {
      const user = 'window@shop.test'
      const now = new Date()
      await dovecot.append(user, 'INBOX', testMail({ subject: 'Old' }), {
        date: new Date(now.getTime() - 30 * 86_400_000),
      })
      await dovecot.append(user, 'INBOX', testMail({ subject: 'Recent' }), {
        date: new Date(now.getTime() - 2 * 86_400_000),
      })
      const windowed = await pullImap(account('window'), null, log, DEFAULT_IMAP_PULL)
      expect(windowed.messages.map((m) => m.subject)).toEqual(['Recent'])
      const whole = await pullImap(account('window'), null, log, everything)
      expect(whole.messages.map((m) => m.subject)).toEqual(['Old', 'Recent'])
    })

    it('reads an oversized message as headers with a note', async () => {
      const raw = testMail({ subject: 'Huge scan', body: 'x'.repeat(200_000) })
      await dovecot.append('large@shop.test', 'INBOX', raw)
      const options = { ...everything, maxMessageBytes: 100_000 }
      const [message] = (await pullImap(account('large'), null, log, options)).messages
      expect(message).toMatchObject({ subject: 'Huge scan', text: '' })
      expect(message!.attachments).toEqual([
        expect.objectContaining({ filename: 'message.eml', content: null, size: raw.length }),
      ])
    })

    it('leaves flags alone and falls back to the internal date', async () => {
      const user = 'flags@shop.test'
      const internal = new Date('2024-02-01T12:00:00Z')
      const raw = testMail({ subject: 'No date', date: 'not a date' })
      await dovecot.append(user, 'INBOX', raw, { date: internal })
      const [message] = (await pullImap(account('flags'), null, log, everything)).messages
      expect(message!.sentAt.toISOString()).toBe(internal.toISOString())
      const client = await dovecot.connect(user)
      await client.mailboxOpen('INBOX')
      const unseen = await client.search({ seen: false }, { uid: true })
      await client.logout()
      expect(unseen).toEqual([1])
    })

    it('raises CredentialsRejectedError for a wrong password', async () => {
      const wrong = testEmailAccount({
        imapPort: dovecot.port,
        user: 'wrong@shop.test',
        password: 'nope',
      })
      await expect(pullImap(wrong, null, log)).rejects.toBeInstanceOf(CredentialsRejectedError)
    })
  },
)
