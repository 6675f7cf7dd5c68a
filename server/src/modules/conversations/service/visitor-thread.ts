import type { ServiceContext } from '../../../platform/context.js'

/** A message as a web-chat visitor may see it: never internal notes, never agents' e-mails. */
export interface VisitorMessage {
  id: string
  direction: 'inbound' | 'outbound'
  authorName: string | null
  text: string
  sentAt: string
  attachments: { id: string; filename: string; contentType: string; size: number }[]
}

/** The visible messages of one widget thread, oldest first, optionally only those after a message time. */
export async function visitorThreadMessages(
  ctx: ServiceContext,
  accountId: string,
  externalThreadId: string,
  options: { after?: Date; limit?: number } = {},
): Promise<{ conversationId: string | null; messages: VisitorMessage[] }> {
  const thread = await ctx.trx
    .selectFrom('conversationThreads')
    .select('conversationId')
    .where('channelAccountId', '=', accountId)
    .where('externalThreadId', '=', externalThreadId)
    .executeTakeFirst()
  if (!thread) return { conversationId: null, messages: [] }
  let query = ctx.trx
    .selectFrom('messages')
    .select(['id', 'direction', 'authorName', 'authorType', 'bodyText', 'sentAt'])
    .where('conversationId', '=', thread.conversationId)
    .where('kind', '=', 'message')
    .where('deliveryStatus', 'in', ['received', 'queued', 'sending', 'sent'])
    .orderBy('sentAt', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 200)
  if (options.after) query = query.where('sentAt', '>', options.after)
  const rows = (await query.execute()).reverse()
  const attachments = rows.length
    ? await ctx.trx
        .selectFrom('messageAttachments')
        .select(['id', 'messageId', 'filename', 'contentType', 'sizeBytes'])
        .where(
          'messageId',
          'in',
          rows.map((r) => r.id),
        )
        .where('fileKey', 'is not', null)
        .execute()
    : []
  return {
    conversationId: thread.conversationId,
    messages: rows.map((r) => ({
      id: r.id,
      direction: r.direction,
      // Agents appear by first name only; the visitor needs no more.
      authorName:
        r.direction === 'outbound' ? (r.authorName?.split(/\s+/)[0] ?? null) : r.authorName,
      text: r.bodyText,
      sentAt: new Date(r.sentAt).toISOString(),
      attachments: attachments
        .filter((a) => a.messageId === r.id)
        .map((a) => ({
          id: a.id,
          filename: a.filename,
          contentType: a.contentType,
          size: Number(a.sizeBytes),
        })),
    })),
  }
}
