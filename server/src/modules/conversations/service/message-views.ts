import type { ServiceContext } from '../../../platform/context.js'
import { loadConversation } from './load-conversation.js'

/** A message as the agent's thread shows it. */
export interface MessageView {
  id: string
  kind: 'message' | 'note'
  direction: 'inbound' | 'outbound'
  authorType: string
  author: { id: string | null; name: string | null }
  subject: string | null
  text: string
  html: string | null
  sentAt: string
  deliveryStatus: string
  deliveryError: string | null
  automated: boolean
  mentions: string[]
  attachments: {
    id: string
    filename: string
    contentType: string
    size: number
    url: string | null
    refusedReason: string | null
  }[]
}

const LIMIT = 500

/** The last 500 messages and notes of a conversation, oldest first, with attachments (three queries). */
export async function listMessages(
  ctx: ServiceContext,
  conversationId: string,
): Promise<MessageView[]> {
  await loadConversation(ctx, conversationId)
  const rows = (
    await ctx.trx
      .selectFrom('messages')
      .selectAll()
      .where('conversationId', '=', conversationId)
      .orderBy('sentAt', 'desc')
      .orderBy('createdAt', 'desc')
      .limit(LIMIT)
      .execute()
  ).reverse()
  const attachments = rows.length
    ? await ctx.trx
        .selectFrom('messageAttachments')
        .selectAll()
        .where(
          'messageId',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('createdAt')
        .execute()
    : []
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    direction: r.direction,
    authorType: r.authorType,
    author: { id: r.authorUserId, name: r.authorName },
    subject: r.subject,
    text: r.bodyText,
    html: r.bodyHtml,
    sentAt: new Date(r.sentAt).toISOString(),
    deliveryStatus: r.deliveryStatus,
    deliveryError: r.deliveryError,
    automated: r.automated,
    mentions: r.mentions,
    attachments: attachments
      .filter((a) => a.messageId === r.id)
      .map((a) => ({
        id: a.id,
        filename: a.filename,
        contentType: a.contentType,
        size: Number(a.sizeBytes),
        url: a.fileKey ? `/api/v1/attachments/${a.id}` : null,
        refusedReason: a.refusedReason,
      })),
  }))
}
