import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import { ensureTags } from '../../customers/index.js'
import { loadConversation } from './load-conversation.js'

/** Replaces a conversation's tags by name, creating new workspace tags as needed. */
export async function setConversationTags(ctx: ServiceContext, id: string, names: string[]) {
  for (const name of names)
    if (name.trim().length === 0 || name.trim().length > 40)
      throw badRequest('invalid_tag', `Tag "${name}" must have 1 to 40 characters.`)
  await loadConversation(ctx, id, { lock: true })
  const before = await ctx.trx
    .selectFrom('conversationTags')
    .innerJoin('tags', 'tags.id', 'conversationTags.tagId')
    .select('tags.name')
    .where('conversationId', '=', id)
    .orderBy('tags.name')
    .execute()
  const tags = await ensureTags(ctx, names)
  await ctx.trx.deleteFrom('conversationTags').where('conversationId', '=', id).execute()
  if (tags.length > 0)
    await ctx.trx
      .insertInto('conversationTags')
      .values(tags.map((t) => ({ workspaceId: ctx.workspaceId, conversationId: id, tagId: t.id })))
      .execute()
  const from = before.map((t) => t.name).join(', ')
  const to = tags.map((t) => t.name).join(', ')
  if (from !== to)
    await recordEvent(ctx, {
      name: 'conversations.conversation.updated',
      entityType: 'conversation',
      entityId: id,
      changes: { tags: { from, to } },
    })
}
