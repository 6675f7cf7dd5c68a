import pino from 'pino'
import type { ChannelConnector } from '../contract.js'
import { emailSettings } from './email-settings.js'
import { DEFAULT_IMAP_PULL, type ImapPullOptions, pullImap } from './imap-pull.js'
import { DEFAULT_IMAP_WATCH, type ImapWatchOptions, watchImap } from './imap-watch.js'
import { replyMessageId } from './reply-headers.js'
import { hasSentCopy } from './sent-copy.js'
import { sendSmtp } from './smtp-send.js'
import { verifyEmail } from './verify-email.js'

const quiet = pino({ level: 'silent' })

/** Builds the e-mail connector with its own limits (e.g. the configured attachment size). */
export function createEmailConnector(
  options: { pull?: Partial<ImapPullOptions>; watch?: Partial<ImapWatchOptions> } = {},
): ChannelConnector {
  const pullOptions = { ...DEFAULT_IMAP_PULL, ...options.pull }
  const watchOptions = { ...DEFAULT_IMAP_WATCH, ...options.watch }
  return {
    kind: 'email',
    pull: (account, cursor, log) => pullImap(account, cursor, log, pullOptions),
    send: (account, reply, log) => sendSmtp(account, reply, log),
    // Only a Sent mailbox can tell; without one a resend goes out with the same Message-ID.
    async findDelivered(account, reply) {
      const settings = emailSettings(account)
      const mailbox = settings.imap.sentMailbox
      if (!mailbox) return null
      const messageId = replyMessageId(reply.messageId, settings.fromAddress)
      const sent = { mailbox, messageId, since: reply.queuedAt }
      const filed = await hasSentCopy(settings.imap, sent, quiet)
      return filed ? { externalId: messageId, messageIdHeader: messageId } : null
    },
    watch: (account, changed, log) => watchImap(account, changed, log, watchOptions),
    verify: (account) => verifyEmail(account),
  }
}

/** E-mail over IMAP (pull, IDLE watch) and SMTP (send), with the default limits. */
export const emailConnector: ChannelConnector = createEmailConnector()
