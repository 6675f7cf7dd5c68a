import type { ServiceContext } from '../../../platform/context.js'

/**
 * Customer and seller messages of the given conversations, oldest first, with attachment names
 * (two queries). Read straight from the inbox's tables, read-only: the conversations module
 * exports no multi-conversation reader. Internal notes are left out: they are not correspondence.
 */
export async function loadMessageEvidence(
  ctx: ServiceContext,
  conversationIds: string[],
  limit: number,
) {
  if (conversationIds.length === 0) return []
  const rows = (
    await ctx.trx
      .selectFrom('messages')
      .innerJoin('conversations', 'conversations.id', 'messages.conversationId')
      .select([
        'messages.id',
        'conversations.number as conversationNumber',
        'conversations.channelKind',
        'messages.direction',
        'messages.authorType',
        'messages.authorName',
        'messages.subject',
        'messages.bodyText',
        'messages.bodyHtml',
        'messages.sentAt',
        'messages.deliveryStatus',
      ])
      .where('messages.conversationId', 'in', conversationIds)
      .where('messages.kind', '=', 'message')
      .orderBy('messages.sentAt', 'desc')
      .limit(limit)
      .execute()
  ).reverse()
  const attachments = rows.length
    ? await ctx.trx
        .selectFrom('messageAttachments')
        .select(['messageId', 'filename'])
        .where(
          'messageId',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : []
  return rows.map(({ bodyHtml, bodyText, ...r }) => ({
    ...r,
    text: bodyText.trim() || htmlToText(bodyHtml ?? ''),
    attachments: attachments.filter((a) => a.messageId === r.id).map((a) => a.filename),
  }))
}

/** Plain text of an HTML body, for the rare message stored without a text part. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
