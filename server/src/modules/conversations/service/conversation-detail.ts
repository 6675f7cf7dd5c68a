import type { ServiceContext } from '../../../platform/context.js'
import { customerSummaries } from '../../customers/index.js'
import { hasRole, type Role } from '../../identity/index.js'
import { type ConversationItem, presentConversations } from './conversation-items.js'
import { loadConversation } from './load-conversation.js'

/** The conversation screen's data: the item, the customer beside it and the caller's abilities. */
export async function conversationDetail(ctx: ServiceContext, id: string, role: Role) {
  const row = await loadConversation(ctx, id)
  const [item] = (await presentConversations(ctx, [row])) as [ConversationItem]
  let customerPanel = null
  if (row.customerId) {
    const customer = (await customerSummaries(ctx, [row.customerId])).get(row.customerId)
    const others = await ctx.trx
      .selectFrom('conversations')
      .select(['id', 'number', 'subject', 'status', 'lastMessageAt'])
      .where('customerId', '=', row.customerId)
      .where('id', '!=', id)
      .where('mergedIntoId', 'is', null)
      .orderBy('lastMessageAt', 'desc')
      .limit(10)
      .execute()
    if (customer)
      customerPanel = {
        ...customer,
        conversations: others.map((o) => ({
          ...o,
          lastMessageAt: new Date(o.lastMessageAt).toISOString(),
        })),
      }
  }
  const agent = hasRole(role, 'agent')
  const open = !row.mergedIntoId
  return {
    ...item,
    customerPanel,
    abilities: {
      reply: agent && open,
      note: agent,
      assign: agent && open,
      resolve: agent && open,
      merge: agent && open,
    },
  }
}
