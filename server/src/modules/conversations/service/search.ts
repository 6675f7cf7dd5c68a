import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { customerSummaries, customersMatching } from '../../customers/index.js'
import { type ConversationItem, presentConversations } from './conversation-items.js'

const LIMIT = 20

/**
 * Finds conversations whose messages or subject contain the words of `query` (full text, newest
 * first) or whose customer's name or e-mail resembles it (trigram), and those customers.
 */
export async function searchInbox(ctx: ServiceContext, query: string) {
  const words = query.match(/[\p{L}\p{N}@._-]+/gu)?.slice(0, 8) ?? []
  const tsquery = words
    .map((w) => `${w.replace(/[':&|!()\\]/g, '')}:*`)
    .filter((w) => w !== ':*')
    .join(' & ')
  const customerIds = await customersMatching(ctx, query, LIMIT)
  // The newest matching messages, enough of them to name LIMIT conversations: a common word
  // stops after a few hundred index entries instead of aggregating every match. Exact whenever
  // LIMIT conversations come back (any other conversation's newest match is older).
  const byText = tsquery
    ? await ctx.trx
        .selectFrom((eb) =>
          eb
            .selectFrom('messageSearch')
            .select(['conversationId', 'sentAt'])
            .where(sql<boolean>`search @@ to_tsquery('simple', ${tsquery})`)
            .orderBy('sentAt', 'desc')
            .limit(LIMIT * 10)
            .as('hits'),
        )
        .select(['conversationId', sql<Date>`max(sent_at)`.as('latest')])
        .groupBy('conversationId')
        .orderBy('latest', 'desc')
        .limit(LIMIT)
        .execute()
    : []
  const ids = [...new Set(byText.map((r) => r.conversationId))]
  let rows = ids.length
    ? await ctx.trx.selectFrom('conversations').selectAll().where('id', 'in', ids).execute()
    : []
  if (customerIds.length > 0) {
    const byCustomer = await ctx.trx
      .selectFrom('conversations')
      .selectAll()
      .where('customerId', 'in', customerIds)
      .where('mergedIntoId', 'is', null)
      .orderBy('lastMessageAt', 'desc')
      .limit(LIMIT)
      .execute()
    rows = [...rows, ...byCustomer.filter((c) => !ids.includes(c.id))]
  }
  const order = new Map(ids.map((id, i) => [id, i]))
  rows.sort((a, b) => (order.get(a.id) ?? LIMIT) - (order.get(b.id) ?? LIMIT))
  const conversations: ConversationItem[] = await presentConversations(
    ctx,
    rows.filter((r) => !r.mergedIntoId).slice(0, LIMIT),
  )
  const customers = [...(await customerSummaries(ctx, customerIds)).values()].map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
  }))
  return { conversations, customers }
}
