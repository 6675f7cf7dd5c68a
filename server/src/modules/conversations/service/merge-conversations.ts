import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest, conflict } from '../../../platform/http/errors.js'
import { accountPolicies } from '../../channels/index.js'
import { applyMessages, NEW_CONVERSATION } from '../rules/conversation-facts.js'
import { loadFacts, saveFacts } from './conversation-state.js'
import { loadConversation } from './load-conversation.js'
import { slaSetups } from './sla-setup.js'

/**
 * Merges `sourceId` into `targetId`: messages, thread mappings and tags move, the source is
 * resolved and points at the target, and the target's facts and SLA are recomputed.
 */
export async function mergeConversations(ctx: ServiceContext, sourceId: string, targetId: string) {
  if (sourceId === targetId)
    throw badRequest('same_conversation', 'A conversation cannot merge into itself.')
  // Lock in a fixed order so two opposite merges cannot deadlock.
  const [first, second] = [sourceId, targetId].sort()
  await loadConversation(ctx, first as string, { lock: true })
  await loadConversation(ctx, second as string, { lock: true })
  const source = await loadConversation(ctx, sourceId)
  const target = await loadConversation(ctx, targetId)
  if (source.mergedIntoId || target.mergedIntoId)
    throw conflict('already_merged', 'One of the conversations was already merged.')
  await ctx.trx
    .updateTable('messages')
    .set({ conversationId: targetId })
    .where('conversationId', '=', sourceId)
    .execute()
  await ctx.trx
    .updateTable('conversationThreads')
    .set({ conversationId: targetId })
    .where('conversationId', '=', sourceId)
    .execute()
  await ctx.trx
    .insertInto('conversationTags')
    .columns(['workspaceId', 'conversationId', 'tagId'])
    .expression((eb) =>
      eb
        .selectFrom('conversationTags')
        .select(['workspaceId', eb.val(targetId).as('conversationId'), 'tagId'])
        .where('conversationId', '=', sourceId),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
  const messages = await ctx.trx
    .selectFrom('messages')
    .select(['direction', 'automated', 'sentAt', 'bodyText'])
    .where('conversationId', '=', targetId)
    .where('kind', '=', 'message')
    .execute()
  const facts = (await loadFacts(ctx, [targetId])).get(targetId)
  const account = (await accountPolicies(ctx, [target.channelAccountId])).get(
    target.channelAccountId,
  )
  const sla = account ? (await slaSetups(ctx, [account])).get(account.id) : undefined
  if (facts && sla) {
    const rebuilt = applyMessages(
      NEW_CONVERSATION,
      messages.map((m) => ({
        direction: m.direction,
        automated: m.automated,
        sentAt: new Date(m.sentAt),
        text: m.bodyText,
      })),
    )
    const kept = {
      status: facts.status,
      snoozedUntil: facts.snoozedUntil,
      resolvedAt: facts.resolvedAt,
    }
    await saveFacts(ctx, [{ id: targetId, sla, facts: { ...rebuilt, ...kept } }])
  }
  await ctx.trx
    .updateTable('conversations')
    .set({
      mergedIntoId: targetId,
      status: 'resolved',
      resolvedAt: new Date(),
      messageCount: 0,
      slaState: 'none',
      waitingSince: null,
      slaDueAt: null,
      slaAtRiskAt: null,
    })
    .where('id', '=', sourceId)
    .execute()
  await recordEvent(ctx, {
    name: 'conversations.conversation.merged',
    entityType: 'conversation',
    entityId: sourceId,
    changes: { mergedIntoId: { from: null, to: targetId } },
  })
  await recordEvent(ctx, {
    name: 'conversations.conversation.updated',
    entityType: 'conversation',
    entityId: targetId,
    changes: { mergedFrom: { from: null, to: sourceId } },
  })
}
