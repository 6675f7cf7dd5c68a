import nodemailer from 'nodemailer'
import type { Logger } from 'pino'
import {
  type ConnectorAccount,
  CredentialsRejectedError,
  type DeliveryReceipt,
  DeliveryRefusedError,
  type OutboundReply,
} from '../contract.js'
import { emailSettings, type MailServer } from './email-settings.js'
import { replyMessageId } from './reply-headers.js'
import { type AutoSubmitted, replyMessage } from './reply-message.js'
import { appendSentCopy } from './sent-copy.js'

/**
 * The error to raise for an SMTP failure: a refused login is `CredentialsRejectedError`, another
 * permanent (5xx, RFC 5321 §4.2.1) refusal of sender, recipient or content `DeliveryRefusedError`.
 */
export function smtpFailure(error: unknown, server: MailServer): Error {
  const failure = error as { code?: string; responseCode?: number; response?: string }
  const reason = failure?.response || (error as Error)?.message || String(error)
  const permanent = (failure?.responseCode ?? 0) >= 500
  if (failure?.code === 'EAUTH' && (permanent || !failure.responseCode))
    return new CredentialsRejectedError(
      `SMTP server refused the login of ${server.user}: ${reason}`,
    )
  if (permanent && failure?.code !== 'EAUTH')
    return new DeliveryRefusedError(`SMTP server refused the reply: ${reason}`)
  return error instanceof Error ? error : new Error(reason)
}

/** A one-message SMTP transport (no pool: replies are rare and each job sends one). */
export function smtpTransport(server: MailServer) {
  return nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: { user: server.user, pass: server.password },
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    tls: { minVersion: 'TLSv1.2' },
  })
}

/**
 * Sends a reply over SMTP with a Message-ID derived from `reply.messageId`, so a resend is
 * recognisably the same message, then files a copy in `settings.imap.sentMailbox` when set.
 */
export async function sendSmtp(
  account: ConnectorAccount,
  reply: OutboundReply,
  log: Logger,
  options: { autoSubmitted?: AutoSubmitted } = {},
): Promise<DeliveryReceipt> {
  const settings = emailSettings(account)
  const messageId = replyMessageId(reply.messageId, settings.fromAddress)
  const raw = await replyMessage(settings, reply, messageId, options.autoSubmitted).catch(
    (error) => {
      throw new DeliveryRefusedError(`the reply could not be composed: ${(error as Error).message}`)
    },
  )
  const transport = smtpTransport(settings.smtp)
  try {
    await transport.sendMail({
      envelope: { from: settings.fromAddress, to: [reply.to.email ?? ''] },
      raw,
    })
  } catch (error) {
    throw smtpFailure(error, settings.smtp)
  } finally {
    transport.close()
  }
  const { sentMailbox } = settings.imap
  if (sentMailbox) {
    // The reply is out: a missing Sent copy must not fail the delivery, or a retry would send twice.
    const sent = { mailbox: sentMailbox, messageId, since: reply.queuedAt }
    await appendSentCopy(settings.imap, sent, raw, log).catch((error) =>
      log.warn({ err: error, accountId: account.id }, 'could not file the reply in Sent'),
    )
  }
  return { externalId: messageId, messageIdHeader: messageId }
}
