import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dovecotBinary, startDovecot, type TestDovecot } from '../../../test/mail/index.js'
import { CredentialsRejectedError } from '../contract.js'
import { testEmailAccount, testMail } from './fixtures/email-account.js'
import { DEFAULT_IMAP_WATCH, watchImap } from './imap-watch.js'

const log = pino({ level: 'silent' })
const fast = { ...DEFAULT_IMAP_WATCH, backoff: { initialMs: 100, maxMs: 1_000 } }
const users = { 'watch@shop.test': 'w1', 'drop@shop.test': 'w2', 'stop@shop.test': 'w3' }

/** Resolves once `check` holds, polling every 25 ms, or fails after `timeoutMs`. */
async function eventually(check: () => boolean, timeoutMs = 8_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe.skipIf(!dovecotBinary())(
  'watchImap against Dovecot (apt-get install -y dovecot-imapd)',
  () => {
    let dovecot: TestDovecot
    const account = (user: keyof typeof users) =>
      testEmailAccount({ imapPort: dovecot.port, user, password: users[user] })

    beforeAll(async () => {
      dovecot = await startDovecot({ users })
    })
    afterAll(async () => {
      await dovecot?.stop()
    })

    it('signals once connected and again when mail arrives', async () => {
      let calls = 0
      const stop = await watchImap(account('watch@shop.test'), () => calls++, log, fast)
      try {
        await eventually(() => calls === 1)
        await dovecot.append('watch@shop.test', 'INBOX', testMail({ subject: 'New question' }))
        await eventually(() => calls === 2)
      } finally {
        await stop()
      }
    })

    it('reconnects after the server drops the connection', async () => {
      let calls = 0
      const stop = await watchImap(account('drop@shop.test'), () => calls++, log, fast)
      try {
        await eventually(() => calls === 1)
        await dovecot.kick('drop@shop.test')
        // The reconnect signals by itself, then IDLE works again on the new connection.
        await eventually(() => calls === 2)
        await dovecot.append('drop@shop.test', 'INBOX', testMail({ subject: 'After the drop' }))
        await eventually(() => calls === 3)
      } finally {
        await stop()
      }
    })

    it('stops signalling once stopped', async () => {
      let calls = 0
      const stop = await watchImap(account('stop@shop.test'), () => calls++, log, fast)
      await eventually(() => calls === 1)
      await stop()
      await dovecot.append('stop@shop.test', 'INBOX', testMail({ subject: 'Unwatched' }))
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(calls).toBe(1)
    })

    it('rejects a wrong password at once', async () => {
      const wrong = testEmailAccount({
        imapPort: dovecot.port,
        user: 'watch@shop.test',
        password: 'x',
      })
      await expect(watchImap(wrong, () => {}, log, fast)).rejects.toBeInstanceOf(
        CredentialsRejectedError,
      )
    })

    it('polls on a timer when the server has no IDLE', async () => {
      const noIdle = await startDovecot({
        users: { 'poll@shop.test': 'p1' },
        imapCapability: 'IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE NAMESPACE UIDPLUS',
      })
      try {
        const polled = testEmailAccount({
          imapPort: noIdle.port,
          user: 'poll@shop.test',
          password: 'p1',
        })
        let calls = 0
        const stop = await watchImap(polled, () => calls++, log, { ...fast, pollIntervalMs: 100 })
        await eventually(() => calls >= 4, 3_000)
        await stop()
        const after = calls
        await new Promise((resolve) => setTimeout(resolve, 300))
        expect(calls).toBe(after)
      } finally {
        await noIdle.stop()
      }
    })
  },
)
