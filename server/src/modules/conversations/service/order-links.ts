import type { ServiceContext } from '../../../platform/context.js'
import { notFound } from '../../../platform/http/errors.js'

/** A conversation as other modules list it beside an order or a customer. */
export interface ConversationLink {
  id: string
  number: number
  status: string
  subject: string | null
  orderNumber: string | null
  customerId: string | null
  lastMessageAt: Date | null
}

/** The customer and order number a conversation is about (for the order panel beside it). */
export async function conversationLink(ctx: ServiceContext, id: string): Promise<ConversationLink> {
  const rows = await linkQuery(ctx).where('id', '=', id).execute()
  if (!rows[0]) throw notFound('The conversation')
  return rows[0]
}

/** Conversations about any of these order numbers, or with this customer, newest first. */
export async function conversationsAbout(
  ctx: ServiceContext,
  about: { orderNumbers?: string[]; customerIds?: string[] },
  limit = 50,
): Promise<ConversationLink[]> {
  const numbers = about.orderNumbers ?? []
  const customers = about.customerIds ?? []
  if (numbers.length === 0 && customers.length === 0) return []
  return linkQuery(ctx)
    .where((eb) =>
      eb.or([
        ...(numbers.length ? [eb('orderNumber', 'in', numbers)] : []),
        ...(customers.length ? [eb('customerId', 'in', customers)] : []),
      ]),
    )
    .where('mergedIntoId', 'is', null)
    .orderBy('lastMessageAt', 'desc')
    .limit(limit)
    .execute()
}

const linkQuery = (ctx: ServiceContext) =>
  ctx.trx
    .selectFrom('conversations')
    .select(['id', 'number', 'status', 'subject', 'orderNumber', 'customerId', 'lastMessageAt'])
