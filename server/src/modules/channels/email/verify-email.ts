import pino, { type Logger } from 'pino'
import type { ConnectorAccount } from '../contract.js'
import { emailSettings } from './email-settings.js'
import { withImap } from './imap-client.js'
import { smtpFailure, smtpTransport } from './smtp-send.js'

/**
 * Checks an e-mail account end to end: IMAP login and the mailboxes it names, then SMTP login
 * (nodemailer's `verify()`); a refused password raises `CredentialsRejectedError`.
 */
export async function verifyEmail(
  account: ConnectorAccount,
  log: Logger = pino({ level: 'silent' }),
): Promise<void> {
  const settings = emailSettings(account)
  const { mailbox, sentMailbox } = settings.imap
  await withImap(settings.imap, log, async (client) => {
    for (const name of sentMailbox ? [mailbox, sentMailbox] : [mailbox]) {
      await client.mailboxOpen(name, { readOnly: true }).catch((error: Error) => {
        throw new Error(`IMAP mailbox "${name}" cannot be opened: ${error.message}`)
      })
    }
  })
  const transport = smtpTransport(settings.smtp)
  try {
    await transport.verify()
  } catch (error) {
    throw smtpFailure(error, settings.smtp)
  } finally {
    transport.close()
  }
}
