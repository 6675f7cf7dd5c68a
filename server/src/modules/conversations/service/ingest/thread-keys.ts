import type { ServiceContext } from '../../../../platform/context.js'
import type { InboundMessage } from '../../../channels/index.js'

/** Where existing conversations of an account are found: thread ids, mail headers, order numbers. */
export interface ThreadIndex {
  byThread: Map<string, string>
  byHeader: Map<string, string>
  byOrder: Map<string, string>
}

const headerKeys = (m: InboundMessage) =>
  [m.threading.inReplyTo, ...m.threading.references].filter((h): h is string => Boolean(h))

/** Looks up, in three queries, every conversation the batch's messages could belong to. */
export async function loadThreadIndex(
  ctx: ServiceContext,
  accountId: string,
  messages: InboundMessage[],
): Promise<ThreadIndex> {
  const threads = [
    ...new Set(messages.flatMap((m) => (m.externalThreadId ? [m.externalThreadId] : []))),
  ]
  const headers = [...new Set(messages.flatMap(headerKeys))]
  const orders = [
    ...new Set(messages.flatMap((m) => (m.threading.orderNumber ? [m.threading.orderNumber] : []))),
  ]
  const index: ThreadIndex = { byThread: new Map(), byHeader: new Map(), byOrder: new Map() }
  if (threads.length > 0) {
    const rows = await ctx.trx
      .selectFrom('conversationThreads')
      .select(['externalThreadId', 'conversationId'])
      .where('channelAccountId', '=', accountId)
      .where('externalThreadId', 'in', threads)
      .execute()
    for (const r of rows) index.byThread.set(r.externalThreadId, r.conversationId)
  }
  if (headers.length > 0) {
    const rows = await ctx.trx
      .selectFrom('messages')
      .select(['headerMessageId', 'conversationId'])
      .where('headerMessageId', 'in', headers)
      .execute()
    for (const r of rows)
      if (r.headerMessageId) index.byHeader.set(r.headerMessageId, r.conversationId)
  }
  if (orders.length > 0) {
    // Marketplace relay mails name the order; the newest conversation about it continues.
    const rows = await ctx.trx
      .selectFrom('conversations')
      .select(['id', 'orderNumber'])
      .where('channelAccountId', '=', accountId)
      .where('orderNumber', 'in', orders)
      .where('mergedIntoId', 'is', null)
      .orderBy('createdAt')
      .execute()
    for (const r of rows) if (r.orderNumber) index.byOrder.set(r.orderNumber, r.id)
  }
  return index
}

/** The conversation a message continues (thread id, then In-Reply-To/References, then order number). */
export function conversationOf(index: ThreadIndex, message: InboundMessage): string | null {
  if (message.externalThreadId) {
    const found = index.byThread.get(message.externalThreadId)
    if (found) return found
  }
  for (const header of headerKeys(message)) {
    const found = index.byHeader.get(header)
    if (found) return found
  }
  // A thread-based channel (chat, marketplace) starts its own conversation rather than join
  // another one about the same order, which its customer could not see.
  const order = message.externalThreadId ? null : message.threading.orderNumber
  return order ? (index.byOrder.get(order) ?? null) : null
}

/** Records where a message went so later messages of the same batch follow it. */
export function remember(index: ThreadIndex, message: InboundMessage, conversationId: string) {
  if (message.externalThreadId && !index.byThread.has(message.externalThreadId))
    index.byThread.set(message.externalThreadId, conversationId)
  if (message.threading.messageId) index.byHeader.set(message.threading.messageId, conversationId)
  const order = message.threading.orderNumber
  if (order && !index.byOrder.has(order)) index.byOrder.set(order, conversationId)
}
