import type { ServiceContext } from '../../../platform/context.js'
import type { CustomerDataProvider } from '../../../platform/module.js'

/** The text that replaces every message of an erased customer's conversations. */
export const ERASED_MESSAGE_TEXT = '[Removed: the customer’s data was erased on request.]'

/** The customer's conversations with their messages, oldest first (GDPR art. 15, 20). */
async function exportConversations(ctx: ServiceContext, customerId: string) {
  const conversations = await ctx.trx
    .selectFrom('conversations')
    .select(['id', 'channelKind', 'subject', 'createdAt'])
    .where('customerId', '=', customerId)
    .orderBy('createdAt')
    .execute()
  const ids = conversations.map((c) => c.id)
  const messages =
    ids.length === 0
      ? []
      : await ctx.trx
          .selectFrom('messages')
          .select(['conversationId', 'sentAt', 'direction', 'authorName', 'bodyText'])
          .where('conversationId', 'in', ids)
          // Internal notes are the team's working notes, not messages exchanged with the customer.
          .where('kind', '=', 'message')
          .orderBy('sentAt')
          .orderBy('id')
          .execute()
  return {
    conversations: conversations.map((c) => ({
      channel: c.channelKind,
      subject: c.subject,
      startedAt: c.createdAt.toISOString(),
      messages: messages
        .filter((m) => m.conversationId === c.id)
        .map((m) => ({
          sentAt: m.sentAt.toISOString(),
          direction: m.direction,
          author: m.authorName,
          body: m.bodyText,
        })),
    })),
  }
}

/**
 * Erases what the inbox holds about a customer (GDPR art. 17): in each of their conversations
 * every message and note is replaced by a placeholder (replies quote and address the customer
 * too), customer author names, subjects and previews are cleared, attachment records are
 * deleted, unsent replies are failed, and the conversation no longer points at the customer.
 * The conversations stay, so counts and SLA reports stay true.
 */
async function eraseConversations(ctx: ServiceContext, customerId: string) {
  const conversations = await ctx.trx
    .updateTable('conversations')
    .set({ customerId: null, subject: null, preview: ERASED_MESSAGE_TEXT })
    .where('customerId', '=', customerId)
    .returning('id')
    .execute()
  const ids = conversations.map((c) => c.id)
  if (ids.length === 0) return { kept: [] }
  await ctx.trx
    .updateTable('messages')
    .set({ deliveryStatus: 'failed', deliveryError: 'The customer’s data was erased.' })
    .where('conversationId', 'in', ids)
    .where('deliveryStatus', 'in', ['queued', 'sending'])
    .execute()
  await ctx.trx
    .updateTable('messages')
    .set((eb) => ({
      bodyText: ERASED_MESSAGE_TEXT,
      bodyHtml: null,
      subject: null,
      authorName: eb
        .case()
        .when('authorType', '=', 'customer')
        .then(null)
        .else(eb.ref('authorName'))
        .end(),
    }))
    .where('conversationId', 'in', ids)
    .execute()
  const attachments = await ctx.trx
    .deleteFrom('messageAttachments')
    .where('messageId', 'in', (eb) =>
      eb.selectFrom('messages').select('id').where('conversationId', 'in', ids),
    )
    .returning('fileKey')
    .execute()
  const files = attachments.filter((a) => a.fileKey).length
  return {
    kept:
      files === 0
        ? []
        : [
            `${files} attachment file(s) remain in file storage without any record pointing at them (the file store cannot delete yet)`,
          ],
  }
}

/** The inbox's part of customer export, erasure and merges. */
export const conversationsCustomerData: CustomerDataProvider = {
  export: exportConversations,
  erase: eraseConversations,
  async reassign(ctx, fromId, toId) {
    const moved = await ctx.trx
      .updateTable('conversations')
      .set({ customerId: toId })
      .where('customerId', '=', fromId)
      .returning('id')
      .execute()
    return moved.map((c) => c.id)
  },
  async restore(ctx, fromId, ids) {
    if (ids.length === 0) return
    await ctx.trx
      .updateTable('conversations')
      .set({ customerId: fromId })
      .where('id', 'in', ids)
      .execute()
  },
}
