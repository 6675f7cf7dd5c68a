import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { PRESENCE_CHANNEL } from '../../../platform/events/record-event.js'
import { MARK_READ_QUEUE } from '../jobs/mark-read.js'
import { loadConversation } from './load-conversation.js'

/** What an agent (or a widget visitor, with userId null) is doing in a conversation. */
export type PresenceState = 'viewing' | 'typing' | 'left'

/** Tells every open screen of the workspace who is viewing or typing in a conversation. */
export async function announcePresence(
  ctx: ServiceContext,
  conversationId: string,
  who: { userId: string | null; name: string },
  state: PresenceState,
): Promise<void> {
  await loadConversation(ctx, conversationId)
  const payload = JSON.stringify({
    workspaceId: ctx.workspaceId,
    conversationId,
    userId: who.userId,
    name: who.name,
    state,
    at: new Date().toISOString(),
  })
  await sql`select pg_notify(${PRESENCE_CHANNEL}, ${payload})`.execute(ctx.trx)
  // Opening a marketplace conversation marks its thread read there too.
  if (state === 'viewing' && who.userId)
    await ctx.jobs.send(ctx, MARK_READ_QUEUE, { conversationId }, { singletonKey: conversationId })
}
