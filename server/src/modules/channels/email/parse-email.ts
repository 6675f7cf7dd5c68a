import { createHash } from 'node:crypto'
import { type ParsedMail, simpleParser } from 'mailparser'
import type { InboundAttachment, InboundMessage } from '../contract.js'
import { isAutomatedMail } from './automated-mail.js'
import { authorOf, senderOf } from './mail-author.js'
import { mailHeaders } from './mail-headers.js'
import { messageIdsIn, validMessageId } from './message-ids.js'
import { orderNumberIn } from './order-number.js'
import { rawBody, rawHeaderValue, repairHeader } from './raw-message.js'
import { sentAtOf } from './sent-at.js'

/** Limits and context for `parseEmail`. */
export interface ParseEmailOptions {
  /** Attachments above this many bytes keep only their metadata. */
  maxAttachmentBytes: number
  /** The IMAP INTERNALDATE, used when the `Date` header is missing or unusable. */
  receivedAt?: Date
  /** The account's own addresses: mail From them was sent by the seller outside Aftersale. */
  ownAddresses?: readonly string[]
}

// Beyond these a message is kept shortened; the original stays in the mailbox.
const maxTextChars = 1_000_000
const maxHtmlChars = 2_000_000

// The externalId is the Message-ID, else `sha256:` of the raw bytes: a re-poll (even under a new
// UIDVALIDITY) yields the same id, and ingest drops the repeat.
/** Reads a raw RFC 5322 message into an `InboundMessage`, never throwing on malformed input. */
export async function parseEmail(raw: Buffer, options: ParseEmailOptions): Promise<InboundMessage> {
  const mail = await simpleParser(raw, {
    keepCidLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  }).catch(() => null)
  const headers = mailHeaders(mail?.headerLines ?? [])
  const messageId = validMessageId(mail?.messageId)
  const subject = subjectOf(mail, raw)
  const text = shorten(textOf(mail, raw), maxTextChars)
  return {
    externalId: messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    externalThreadId: null,
    direction: isOwn(mail?.from, options.ownAddresses) ? 'outbound' : 'inbound',
    author: authorOf(mail?.from, mail?.replyTo),
    subject,
    text,
    html: mail?.html ? shorten(mail.html, maxHtmlChars) : null,
    sentAt: sentAtOf(headers, options.receivedAt),
    attachments: (mail?.attachments ?? []).map((file, index) =>
      attachmentOf(file, index, options.maxAttachmentBytes),
    ),
    threading: {
      messageId,
      inReplyTo: messageIdsIn(mail?.inReplyTo)[0] ?? null,
      references: messageIdsIn(mail?.references),
      orderNumber: orderNumberIn(subject ?? '') ?? orderNumberIn(text),
    },
    automated: isAutomatedMail(headers),
  }
}

function isOwn(from: ParsedMail['from'], own: readonly string[] | undefined): boolean {
  const sender = senderOf(from)
  return sender !== null && (own ?? []).some((address) => address.toLowerCase() === sender)
}

function subjectOf(mail: ParsedMail | null, raw: Buffer): string | null {
  if (!mail?.subject) return null
  // 8-bit headers were most likely written in the charset the sender used for the body.
  const type = mail.headers.get('content-type') as { params?: Record<string, string> } | undefined
  const label = type?.params?.charset ?? null
  return repairHeader(mail.subject, rawHeaderValue(raw, 'subject'), label).trim() || null
}

function textOf(mail: ParsedMail | null, raw: Buffer): string {
  if (mail?.text?.trim()) return mail.text
  // html-to-text refuses very long or deeply nested HTML; tags stripped still make a preview.
  if (mail?.html)
    return mail.html
      .slice(0, maxTextChars)
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  // MIME that yielded no part at all (a wrong boundary): the body as it came beats nothing.
  if (!mail?.attachments.length)
    return rawBody(raw).subarray(0, maxTextChars).toString('utf8').trim()
  return ''
}

function attachmentOf(file: ParsedMail['attachments'][number], index: number, max: number) {
  const size = file.size ?? file.content.length
  const attachment: InboundAttachment = {
    filename: file.filename?.replace(/[\p{Cc}/\\]/gu, '_') || `attachment-${index + 1}`,
    contentType: file.contentType || 'application/octet-stream',
    content: size > max ? null : file.content,
    size,
  }
  // Inline images keep their Content-ID so `cid:` links in the HTML can be pointed at them.
  if (file.cid) attachment.externalRef = `cid:${file.cid}`
  if (size > max) attachment.refusedReason = `larger than ${megabytes(max)}`
  return attachment
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
}

function shorten(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}\n[… shortened by Aftersale]` : value
}
