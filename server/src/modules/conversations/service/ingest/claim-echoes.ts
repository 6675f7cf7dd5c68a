import type { ServiceContext } from '../../../../platform/context.js'
import type { InboundMessage } from '../../../channels/index.js'

/**
 * Outbound messages a pull brings back may be our own replies (Allegro lists what we posted);
 * each one that matches a reply of ours in the same conversation by text is recorded on that
 * reply (external id, sent) instead of being stored twice. Returns the external ids so claimed.
 */
export async function claimEchoes(
  ctx: ServiceContext,
  accountId: string,
  candidates: { message: InboundMessage; conversationId: string }[],
): Promise<Set<string>> {
  const claimed = new Set<string>()
  const outbound = candidates.filter((c) => c.message.direction === 'outbound')
  if (outbound.length === 0) return claimed
  const ours = await ctx.trx
    .selectFrom('messages')
    .select(['id', 'conversationId', 'bodyText'])
    .where('channelAccountId', '=', accountId)
    .where('conversationId', 'in', [...new Set(outbound.map((c) => c.conversationId))])
    .where('direction', '=', 'outbound')
    .where('kind', '=', 'message')
    .where('externalId', 'is', null)
    .where('deliveryStatus', 'in', ['queued', 'sending', 'sent'])
    .orderBy('createdAt')
    .forUpdate()
    .execute()
  const taken = new Set<string>()
  for (const { message, conversationId } of outbound) {
    const text = message.text.trim()
    const mine = ours.find(
      (o) => !taken.has(o.id) && o.conversationId === conversationId && o.bodyText.trim() === text,
    )
    if (!mine) continue
    taken.add(mine.id)
    claimed.add(message.externalId)
    await ctx.trx
      .updateTable('messages')
      .set({
        externalId: message.externalId,
        deliveryStatus: 'sent',
        deliveredAt: message.sentAt,
        deliveryError: null,
      })
      .where('id', '=', mine.id)
      .execute()
  }
  return claimed
}
