import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  dovecotBinary,
  type SmtpSink,
  startDovecot,
  startSmtpSink,
  type TestDovecot,
} from '../../../test/mail/index.js'
import { CredentialsRejectedError } from '../contract.js'
import { emailConnector } from './email-connector.js'
import { testEmailAccount } from './fixtures/email-account.js'

const user = 'verify@shop.test'

describe.skipIf(!dovecotBinary())(
  'emailConnector.verify (apt-get install -y dovecot-imapd)',
  () => {
    let dovecot: TestDovecot
    let sink: SmtpSink
    const account = (overrides: { password?: string; smtpPassword?: string; mailbox?: string }) =>
      testEmailAccount({
        imapPort: dovecot.port,
        smtpPort: sink.port,
        user,
        password: 'imap-secret',
        smtpPassword: 'smtp-secret',
        ...overrides,
      })

    beforeAll(async () => {
      dovecot = await startDovecot({ users: { [user]: 'imap-secret' } })
      sink = await startSmtpSink({ users: { [user]: 'smtp-secret' } })
    })
    afterAll(async () => {
      await dovecot?.stop()
      await sink?.stop()
    })

    it('is the e-mail connector with every capability', () => {
      expect(emailConnector.kind).toBe('email')
      for (const method of ['pull', 'send', 'findDelivered', 'watch', 'verify'] as const)
        expect(typeof emailConnector[method]).toBe('function')
    })

    it('accepts working settings', async () => {
      await expect(emailConnector.verify!(account({}))).resolves.toBeUndefined()
    })

    it('rejects a wrong IMAP password as CredentialsRejectedError', async () => {
      await expect(emailConnector.verify!(account({ password: 'wrong' }))).rejects.toBeInstanceOf(
        CredentialsRejectedError,
      )
    })

    it('rejects a wrong SMTP password as CredentialsRejectedError', async () => {
      await expect(
        emailConnector.verify!(account({ smtpPassword: 'wrong' })),
      ).rejects.toBeInstanceOf(CredentialsRejectedError)
    })

    it('names a mailbox that does not exist', async () => {
      await expect(emailConnector.verify!(account({ mailbox: 'Nope' }))).rejects.toThrow(
        'IMAP mailbox "Nope" cannot be opened',
      )
    })

    it('names a missing password without trying to log in', async () => {
      const noPassword = { ...account({}), credentials: { smtpPassword: 'smtp-secret' } }
      await expect(emailConnector.verify!(noPassword)).rejects.toThrow('no IMAP password is stored')
    })
  },
)
