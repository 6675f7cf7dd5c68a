import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { PRESENCE_CHANNEL } from '../../../platform/events/record-event.js'
import { visitorThreadMessages } from '../../conversations/index.js'
import type { VisitorClaims } from '../rules/visitor-token.js'

/** What a visitor's composer reports: typing, or stopped (sent, cleared, left). */
export type VisitorTypingState = 'typing' | 'left'

/**
 * Tells agents' screens that the customer is typing, on the same presence channel agents use
 * (with `userId: null`); nothing happens before the visitor's first message opened a conversation.
 */
export async function announceVisitorTyping(
  ctx: ServiceContext,
  visitor: VisitorClaims,
  state: VisitorTypingState,
): Promise<boolean> {
  const { conversationId } = await visitorThreadMessages(
    ctx,
    visitor.accountId,
    visitor.visitorId,
    {
      limit: 1,
    },
  )
  if (!conversationId) return false
  const payload = JSON.stringify({
    workspaceId: ctx.workspaceId,
    conversationId,
    userId: null,
    name: visitor.name,
    state,
    at: new Date().toISOString(),
  })
  await sql`select pg_notify(${PRESENCE_CHANNEL}, ${payload})`.execute(ctx.trx)
  return true
}
