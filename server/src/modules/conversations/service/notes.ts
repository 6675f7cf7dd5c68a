import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import { memberSummaries } from '../../identity/index.js'
import { loadConversation } from './load-conversation.js'

/** Adds an internal note (never sent to the customer); mentioned members are named in the event. */
export async function addNote(
  ctx: ServiceContext,
  conversationId: string,
  input: { text: string; mentions?: string[] },
): Promise<string> {
  const text = input.text.trim()
  if (!text) throw badRequest('empty_note', 'A note needs some text.')
  await loadConversation(ctx, conversationId)
  const mentions = [...new Set(input.mentions ?? [])]
  const members = await memberSummaries(ctx, mentions)
  if (members.length !== mentions.length)
    throw badRequest('unknown_mention', 'Only members of this workspace can be mentioned.')
  const row = await ctx.trx
    .insertInto('messages')
    .values({
      workspaceId: ctx.workspaceId,
      conversationId,
      direction: 'outbound',
      kind: 'note',
      authorType: 'agent',
      authorUserId: ctx.actor.type === 'user' ? ctx.actor.id : null,
      authorName: ctx.actor.label,
      bodyText: text,
      mentions,
      deliveryStatus: 'none',
      sentAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await recordEvent(ctx, {
    name: 'conversations.note.added',
    entityType: 'conversation',
    entityId: conversationId,
    changes: { messageId: { from: null, to: row.id }, mentions: { from: null, to: mentions } },
  })
  return row.id
}
