import type { ImapFlow } from 'imapflow'
import type { Logger } from 'pino'
import type { MailServer } from './email-settings.js'
import { withImap } from './imap-client.js'

const day = 86_400_000

/** Where to look for a sent reply; `since` (when it was queued) narrows the search. */
export interface SentLookup {
  mailbox: string
  messageId: string
  since?: Date | undefined
}

/** Whether the mailbox holds the Message-ID, looking only at mail filed since a day before `since`. */
async function holds(client: ImapFlow, { mailbox, messageId, since }: SentLookup) {
  try {
    await client.mailboxOpen(mailbox, { readOnly: true })
  } catch {
    return false
  }
  // SINCE compares dates without time or zone (RFC 3501 §6.4.4), hence the extra day.
  const query = {
    header: { 'message-id': messageId },
    ...(since ? { since: new Date(since.getTime() - day) } : {}),
  }
  const found = await client.search(query, { uid: true })
  return Array.isArray(found) && found.length > 0
}

/** Whether the Sent mailbox holds the message with this Message-ID, filed after `since`. */
export function hasSentCopy(server: MailServer, sent: SentLookup, log: Logger): Promise<boolean> {
  return withImap(server, log, (client) => holds(client, sent))
}

/**
 * Files a sent reply in the Sent mailbox (IMAP APPEND, RFC 3501 §6.3.11) as read, unless a copy
 * with its Message-ID is already there: after a resend, or where the SMTP server files one itself.
 */
export function appendSentCopy(
  server: MailServer,
  sent: SentLookup,
  raw: Buffer,
  log: Logger,
): Promise<void> {
  return withImap(server, log, async (client) => {
    if (await holds(client, sent)) return
    await client.append(sent.mailbox, raw, ['\\Seen'])
  })
}
