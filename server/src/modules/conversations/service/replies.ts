import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest, conflict } from '../../../platform/http/errors.js'
import { accountPolicies } from '../../channels/index.js'
import { applyMessages } from '../rules/conversation-facts.js'
import { loadFacts, saveFacts } from './conversation-state.js'
import { loadConversation } from './load-conversation.js'
import { slaSetups } from './sla-setup.js'

/** The queue that delivers agent replies through their channel's connector. */
export const DELIVER_REPLY_QUEUE = 'conversations.deliver-reply'

/** A file an agent attached, already uploaded to the workspace's file store. */
export interface ReplyAttachment {
  fileKey: string
  filename: string
  contentType: string
  size: number
}

/**
 * Stores an agent's reply as queued and enqueues its delivery in the same transaction, so the
 * reply is sent once the transaction commits and never if it rolls back.
 */
export async function queueReply(
  ctx: ServiceContext,
  conversationId: string,
  input: { text: string; attachments?: ReplyAttachment[] },
): Promise<string> {
  const text = input.text.trim()
  if (!text && !input.attachments?.length)
    throw badRequest('empty_reply', 'Write a reply or attach a file.')
  const conversation = await loadConversation(ctx, conversationId, { lock: true })
  if (conversation.mergedIntoId)
    throw conflict('merged', 'This conversation was merged; reply in the one it was merged into.')
  for (const a of input.attachments ?? [])
    if (!a.fileKey.startsWith(`${ctx.workspaceId}/`))
      throw badRequest(
        'invalid_attachment',
        `Attachment ${a.filename} is not an upload of this workspace.`,
      )
  const now = new Date()
  const message = await ctx.trx
    .insertInto('messages')
    .values({
      workspaceId: ctx.workspaceId,
      conversationId,
      channelAccountId: conversation.channelAccountId,
      direction: 'outbound',
      authorType: ctx.actor.type === 'system' ? 'system' : 'agent',
      authorUserId: ctx.actor.type === 'user' ? ctx.actor.id : null,
      authorName: ctx.actor.label,
      subject: conversation.subject,
      bodyText: text,
      deliveryStatus: 'queued',
      sentAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (input.attachments?.length)
    await ctx.trx
      .insertInto('messageAttachments')
      .values(
        input.attachments.map((a) => ({
          workspaceId: ctx.workspaceId,
          messageId: message.id,
          filename: a.filename,
          contentType: a.contentType,
          sizeBytes: a.size,
          fileKey: a.fileKey,
        })),
      )
      .execute()
  const facts = (await loadFacts(ctx, [conversationId])).get(conversationId)
  const account = (await accountPolicies(ctx, [conversation.channelAccountId])).get(
    conversation.channelAccountId,
  )
  if (facts && account) {
    const sla = (await slaSetups(ctx, [account])).get(account.id)
    if (sla)
      await saveFacts(ctx, [
        {
          id: conversationId,
          sla,
          facts: applyMessages(facts, [
            { direction: 'outbound', automated: false, sentAt: now, text },
          ]),
        },
      ])
  }
  await recordEvent(ctx, {
    name: 'conversations.message.queued',
    entityType: 'conversation',
    entityId: conversationId,
    changes: { messageId: { from: null, to: message.id } },
  })
  await ctx.jobs.send(
    ctx,
    DELIVER_REPLY_QUEUE,
    { messageId: message.id },
    { singletonKey: message.id },
  )
  return message.id
}

/** Puts a failed reply back in the queue (the agent's retry button). */
export async function retryReply(ctx: ServiceContext, messageId: string): Promise<void> {
  const row = await ctx.trx
    .updateTable('messages')
    .set({ deliveryStatus: 'queued', deliveryError: null })
    .where('id', '=', messageId)
    .where('deliveryStatus', '=', 'failed')
    .returning(['conversationId'])
    .executeTakeFirst()
  if (!row) throw conflict('not_failed', 'Only a failed reply can be retried.')
  await recordEvent(ctx, {
    name: 'conversations.message.requeued',
    entityType: 'conversation',
    entityId: row.conversationId,
    changes: { messageId: { from: null, to: messageId } },
  })
  await ctx.jobs.send(ctx, DELIVER_REPLY_QUEUE, { messageId }, { singletonKey: messageId })
}
