import type { FetchMessageObject, ImapFlow } from 'imapflow'
import type { Logger } from 'pino'
import type { ConnectorAccount, InboundMessage, PullResult } from '../contract.js'
import { emailSettings } from './email-settings.js'
import { withImap } from './imap-client.js'
import { type ImapCursor, readImapCursor } from './imap-cursor.js'
import { parseEmail } from './parse-email.js'

/** Limits of one IMAP pull. */
export interface ImapPullOptions {
  /** Messages per pull; more set `hasMore`. */
  batchSize: number
  /** Total message bytes per pull (at least one message is always taken). */
  batchBytes: number
  /** Larger messages are read as headers only, with a note instead of body and attachments. */
  maxMessageBytes: number
  maxAttachmentBytes: number
  /** How far back a first sync reaches; null imports the whole mailbox. */
  initialSyncDays: number | null
  now: () => Date
}

/** Defaults: 100 messages or 64 MB per pull, 50 MB messages, 25 MB files, two weeks of history. */
export const DEFAULT_IMAP_PULL: ImapPullOptions = {
  batchSize: 100,
  batchBytes: 64 * 1_048_576,
  maxMessageBytes: 50 * 1_048_576,
  maxAttachmentBytes: 25 * 1_048_576,
  initialSyncDays: 14,
  now: () => new Date(),
}

// The mailbox is opened read-only (EXAMINE, RFC 3501 §6.3.2): Aftersale never changes flags.
/** Fetches the messages with UIDs above the cursor's, oldest first, at most a batch per call. */
export async function pullImap(
  account: ConnectorAccount,
  cursor: Record<string, unknown> | null,
  log: Logger,
  options: ImapPullOptions = DEFAULT_IMAP_PULL,
): Promise<PullResult> {
  const settings = emailSettings(account)
  const { mailbox } = settings.imap
  return withImap(settings.imap, log, async (client) => {
    const opened = await client.mailboxOpen(mailbox, { readOnly: true })
    const uidValidity = Number(opened.uidValidity)
    const previous = readImapCursor(cursor)
    let from: number
    if (previous?.mailbox === mailbox && previous.uidValidity === uidValidity) {
      from = previous.lastUid + 1
    } else {
      // UIDs mean nothing under a new UIDVALIDITY (RFC 3501 §2.3.1.1), or the mailbox setting
      // changed: start over from the beginning of the sync window. Messages already ingested
      // come again with the same externalId (their Message-ID), and ingest drops them.
      if (previous)
        log.info({ accountId: account.id, mailbox }, 'IMAP UIDVALIDITY changed, restarting')
      from = await firstUidInWindow(client, opened.uidNext, options)
    }
    const at = (lastUid: number): ImapCursor => ({ mailbox, uidValidity, lastUid })
    // An empty mailbox still moves the cursor to UIDNEXT: its former messages are gone.
    if (opened.exists === 0)
      return { messages: [], cursor: at(Math.max(from, opened.uidNext) - 1), hasMore: false }
    if (opened.uidNext > 0 && from >= opened.uidNext)
      return { messages: [], cursor: at(from - 1), hasMore: false }
    const waiting = (
      await client.fetchAll(
        `${from}:*`,
        { uid: true, size: true, internalDate: true },
        { uid: true },
      )
    )
      // `n:*` names the newest message even when its UID is below n (RFC 3501 §6.4.8).
      .filter((meta) => meta.uid >= from)
      .sort((a, b) => a.uid - b.uid)
    const batch = takeBatch(waiting, options)
    const own = [settings.fromAddress]
    const messages: InboundMessage[] = []
    for (const meta of batch) {
      const message = await readMessage(client, meta, own, options)
      // Expunged since the listing: nothing to hand over, and the cursor moves past it.
      if (message) messages.push(message)
    }
    const lastUid = batch.at(-1)?.uid ?? from - 1
    return { messages, cursor: at(lastUid), hasMore: waiting.length > batch.length }
  })
}

/** The first UID received within the sync window, or the next UID to come when none was. */
async function firstUidInWindow(client: ImapFlow, uidNext: number, options: ImapPullOptions) {
  if (options.initialSyncDays === null) return 1
  const since = new Date(options.now().getTime() - options.initialSyncDays * 86_400_000)
  const uids = (await client.search({ since }, { uid: true })) || []
  if (uids.length) return uids.reduce((min, uid) => Math.min(min, uid))
  if (uidNext > 0) return uidNext
  const newest = await client.fetchOne('*', { uid: true }, { uid: true })
  return newest ? newest.uid + 1 : 1
}

function takeBatch(waiting: FetchMessageObject[], options: ImapPullOptions) {
  let bytes = 0
  const batch: FetchMessageObject[] = []
  for (const meta of waiting) {
    bytes += Math.min(meta.size ?? 0, options.maxMessageBytes)
    if (batch.length === options.batchSize || (batch.length > 0 && bytes > options.batchBytes))
      break
    batch.push(meta)
  }
  return batch
}

async function readMessage(
  client: ImapFlow,
  meta: FetchMessageObject,
  ownAddresses: string[],
  options: ImapPullOptions,
): Promise<InboundMessage | null> {
  const receivedAt = meta.internalDate ? new Date(meta.internalDate) : undefined
  const parse = { maxAttachmentBytes: options.maxAttachmentBytes, receivedAt, ownAddresses }
  const size = meta.size ?? 0
  if (size <= options.maxMessageBytes) {
    const full = await client.fetchOne(String(meta.uid), { source: true }, { uid: true })
    const source = full ? full.source : undefined
    return source ? parseEmail(source, parse) : null
  }
  const head = await client.fetchOne(String(meta.uid), { headers: true }, { uid: true })
  const headers = head ? head.headers : undefined
  if (!headers) return null
  const message = await parseEmail(Buffer.concat([headers, Buffer.from('\r\n')]), parse)
  const limit = `${Math.round(options.maxMessageBytes / 1_048_576)} MB`
  message.attachments.push({
    filename: 'message.eml',
    contentType: 'message/rfc822',
    content: null,
    size,
    refusedReason: `the whole message is larger than ${limit}; open it in your mail program`,
  })
  return message
}
