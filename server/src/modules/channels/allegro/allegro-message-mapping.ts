import type { InboundAttachment, InboundMessage } from '../contract.js'
import type { AllegroAttachmentInfo, AllegroMessage } from './allegro-types.js'

/**
 * The attachment id inside `MessageAttachmentInfo.url` (the spec gives no id field); the file
 * is then fetched from the configured API host so the token never goes to a URL from a payload.
 */
export function attachmentIdOf(info: AllegroAttachmentInfo): string | null {
  if (!info.url) return null
  try {
    const segments = new URL(info.url).pathname.split('/').filter(Boolean)
    const last = segments.at(-1)
    return last ? decodeURIComponent(last) : null
  } catch {
    return null
  }
}

/** True for messages the seller wrote (in Aftersale or in Allegro's own UI). */
export function isSellerMessage(message: AllegroMessage, sellerLogin: string | null): boolean {
  return message.author.isInterlocutor === false || message.author.login === sellerLogin
}

/** Normalises one Message Center message; attachments come already downloaded. */
export function toInboundMessage(
  message: AllegroMessage,
  attachments: InboundAttachment[],
  sellerLogin: string | null,
): InboundMessage {
  return {
    externalId: message.id,
    externalThreadId: message.thread.id,
    direction: isSellerMessage(message, sellerLogin) ? 'outbound' : 'inbound',
    author: { name: message.author.login, email: null, externalId: message.author.login },
    subject: message.subject ?? null,
    text: message.text,
    html: null,
    sentAt: new Date(message.createdAt),
    attachments,
    threading: {
      messageId: null,
      inReplyTo: null,
      references: [],
      orderNumber: message.relatesTo?.order?.id ?? null,
    },
    automated: false,
  }
}
