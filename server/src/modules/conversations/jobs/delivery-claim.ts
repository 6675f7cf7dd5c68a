import type { ServiceContext } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import {
  type LoadedAccount,
  loadConnectorAccount,
  type OutboundReply,
} from '../../channels/index.js'
import { customerSummaries } from '../../customers/index.js'
import { widgetDeliveryRoute } from '../../webchat/index.js'

/** A reply taken for delivery by one worker. */
export interface DeliveryClaim {
  account: LoadedAccount
  reply: OutboundReply
  /** A previous attempt died mid-send: ask the channel whether it already has the reply. */
  wasInterrupted: boolean
}

/**
 * Marks a queued reply as sending and gathers what the connector needs; null when the reply is
 * already sent, failed, or being sent by another worker right now.
 */
export async function claimForDelivery(
  ctx: ServiceContext,
  runtime: Runtime,
  messageId: string,
): Promise<DeliveryClaim | null> {
  const message = await ctx.trx
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', messageId)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst()
  if (!message || (message.deliveryStatus !== 'queued' && message.deliveryStatus !== 'sending'))
    return null
  // A send in progress holds a lease; only after it lapses is the sender presumed dead.
  const leaseEnds =
    (message.sendingStartedAt ? new Date(message.sendingStartedAt).getTime() : 0) +
    runtime.config.deliveryTimeoutSeconds * 1000
  if (message.deliveryStatus === 'sending' && leaseEnds > Date.now()) return null
  await ctx.trx
    .updateTable('messages')
    .set({
      deliveryStatus: 'sending',
      deliveryAttempts: message.deliveryAttempts + 1,
      sendingStartedAt: new Date(),
    })
    .where('id', '=', messageId)
    .execute()
  const conversation = await ctx.trx
    .selectFrom('conversations')
    .select(['id', 'subject', 'customerId', 'channelAccountId'])
    .where('id', '=', message.conversationId)
    .executeTakeFirstOrThrow()
  let account = await loadConnectorAccount(ctx, runtime.secrets, conversation.channelAccountId)
  const [thread, lastInbound, attachments, customers] = await Promise.all([
    ctx.trx
      .selectFrom('conversationThreads')
      .select('externalThreadId')
      .where('conversationId', '=', conversation.id)
      .where('channelAccountId', '=', account.id)
      .executeTakeFirst(),
    ctx.trx
      .selectFrom('messages')
      .select(['headerMessageId', 'threadReferences', 'authorName'])
      .where('conversationId', '=', conversation.id)
      .where('direction', '=', 'inbound')
      .orderBy('sentAt', 'desc')
      .limit(1)
      .executeTakeFirst(),
    ctx.trx
      .selectFrom('messageAttachments')
      .select(['filename', 'contentType', 'fileKey'])
      .where('messageId', '=', messageId)
      .execute(),
    customerSummaries(ctx, conversation.customerId ? [conversation.customerId] : []),
  ])
  const customer = conversation.customerId ? customers.get(conversation.customerId) : undefined
  // A web-chat visitor who has left gets the reply by e-mail through the fallback mailbox.
  const route =
    account.kind === 'widget'
      ? await widgetDeliveryRoute(ctx, account.id, thread?.externalThreadId ?? null)
      : null
  if (route?.via === 'email')
    account = await loadConnectorAccount(ctx, runtime.secrets, route.emailAccountId)
  const references = [...(lastInbound?.threadReferences ?? [])]
  if (lastInbound?.headerMessageId) references.push(lastInbound.headerMessageId)
  return {
    account,
    wasInterrupted: message.deliveryStatus === 'sending',
    reply: {
      messageId,
      queuedAt: new Date(message.createdAt),
      conversationId: conversation.id,
      externalThreadId: route?.via === 'email' ? null : (thread?.externalThreadId ?? null),
      to:
        route?.via === 'email'
          ? { ...route.to, externalId: null }
          : {
              name: customer?.name ?? lastInbound?.authorName ?? null,
              email: customer?.email ?? null,
              externalId: null,
            },
      subject: conversation.subject,
      text: message.bodyText,
      html: null,
      inReplyTo: lastInbound?.headerMessageId ?? null,
      references: references.slice(-20),
      attachments: await Promise.all(
        attachments
          .filter((a) => a.fileKey)
          .map(async (a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: await runtime.files.read(a.fileKey as string),
          })),
      ),
    },
  }
}
