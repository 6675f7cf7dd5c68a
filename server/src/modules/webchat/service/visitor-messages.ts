import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import type { FileStore } from '../../../platform/files/file-store.js'
import { accountPolicies, type InboundMessage } from '../../channels/index.js'
import { ingestMessages, visitorThreadMessages } from '../../conversations/index.js'
import type { VisitorClaims } from '../rules/visitor-token.js'
import { loadVisitor } from './visitors.js'
import { widgetUnavailable } from './widget-accounts.js'

/** The external id that makes a retried POST of the same widget message a duplicate. */
export const widgetExternalId = (visitorId: string, clientId: string) =>
  `widget:${visitorId}:${clientId}`

/**
 * Stores a visitor's message through ingest, once per `clientId`; returns its message id. The
 * first message of a visitor opens the conversation with the pre-chat form's order number.
 */
export async function postVisitorMessage(
  ctx: ServiceContext,
  files: FileStore,
  visitor: VisitorClaims,
  input: { text: string; clientId: string },
): Promise<string> {
  const { accountId, visitorId } = visitor
  // One visitor's messages are stored one at a time, so two first messages open one conversation.
  await sql`select pg_advisory_xact_lock(hashtextextended(${`webchat:${accountId}:${visitorId}`}, 0))`.execute(
    ctx.trx,
  )
  const account = (await accountPolicies(ctx, [accountId])).get(accountId)
  if (!account || account.deleted) throw widgetUnavailable()
  const profile = await loadVisitor(ctx, accountId, visitorId)
  const name = profile?.name ?? visitor.name
  const email = profile?.email ?? visitor.email
  const thread = await visitorThreadMessages(ctx, accountId, visitorId, { limit: 1 })
  const orderNumber = thread.conversationId
    ? null
    : await unclaimedOrderNumber(ctx, accountId, profile?.orderNumber ?? null)
  const externalId = widgetExternalId(visitorId, input.clientId)
  const message: InboundMessage = {
    externalId,
    externalThreadId: visitorId,
    direction: 'inbound',
    author: { name, email, externalId: email.toLowerCase() },
    subject: `Chat: ${name}`,
    text: input.text,
    html: null,
    sentAt: new Date(),
    attachments: [],
    threading: { messageId: null, inReplyTo: null, references: [], orderNumber },
    automated: false,
  }
  await ingestMessages(ctx, files, account, [message])
  const stored = await ctx.trx
    .selectFrom('messages')
    .select('id')
    .where('channelAccountId', '=', accountId)
    .where('externalId', '=', externalId)
    .executeTakeFirstOrThrow()
  return stored.id
}

/**
 * The order number to open the conversation with, unless another conversation of the widget
 * already has it: ingest would thread this visitor's first message into that one, where the
 * visitor could not see it.
 */
async function unclaimedOrderNumber(
  ctx: ServiceContext,
  accountId: string,
  orderNumber: string | null,
): Promise<string | null> {
  if (!orderNumber) return null
  const taken = await ctx.trx
    .selectFrom('conversations')
    .select('id')
    .where('channelAccountId', '=', accountId)
    .where('orderNumber', '=', orderNumber)
    .limit(1)
    .executeTakeFirst()
  return taken ? null : orderNumber
}
