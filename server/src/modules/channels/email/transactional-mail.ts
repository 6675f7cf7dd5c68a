import type { ConnectorAccount } from '../contract.js'
import { emailSettings } from './email-settings.js'
import { smtpFailure, smtpTransport } from './smtp-send.js'

/** A message Aftersale sends on its own (order-status notices), outside any conversation. */
export interface TransactionalMail {
  to: string
  subject: string
  text: string
  html: string | null
  /** Stable per notification: a resend carries the same Message-ID, so clients can spot it. */
  idempotencyKey: string
  fromName?: string | null
  replyTo?: string | null
}

/**
 * Sends a transactional e-mail through an e-mail channel account's SMTP server. Marked
 * `Auto-Submitted: auto-generated` (RFC 3834) so that auto-responders do not answer it.
 */
export async function sendTransactionalMail(
  account: ConnectorAccount,
  mail: TransactionalMail,
): Promise<{ messageId: string }> {
  const settings = emailSettings(account)
  const domain = settings.fromAddress.split('@')[1] ?? 'aftersale.invalid'
  const messageId = `<notice.${mail.idempotencyKey}@${domain}>`
  const transport = smtpTransport(settings.smtp)
  try {
    await transport.sendMail({
      from: { name: mail.fromName ?? settings.fromName ?? '', address: settings.fromAddress },
      to: mail.to,
      replyTo: mail.replyTo ?? undefined,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? undefined,
      messageId,
      headers: { 'Auto-Submitted': 'auto-generated' },
    })
  } catch (error) {
    throw smtpFailure(error, settings.smtp)
  } finally {
    transport.close()
  }
  return { messageId }
}
