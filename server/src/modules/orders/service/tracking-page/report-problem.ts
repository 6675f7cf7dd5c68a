import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import type { FileStore } from '../../../../platform/files/file-store.js'
import { accountPolicies, type InboundMessage } from '../../../channels/index.js'
import { ingestMessages } from '../../../conversations/index.js'

/** A checked report from the tracking page. */
export interface TrackingProblemReport {
  message: string
  /** The address the buyer asked to be answered at; else the order's. */
  email: string | null
  /** The page's form id: the same form sent twice is stored once. */
  submissionId: string
  /** The subject agents see, in the language the buyer wrote in. */
  subject: string
}

/** How a report ended: in the inbox, or refused for want of an order or a widget channel. */
export type ReportOutcome =
  | { result: 'reported'; conversationId: string | null }
  | { result: 'not_found' }
  | { result: 'no_channel' }

/** The inbox thread of an order's reports: every report about one order lands in one conversation. */
export const orderThreadId = (orderId: string) => `order:${orderId}`

/**
 * Puts a buyer's report into the inbox as an inbound message of the workspace's first active
 * chat widget, threaded by order and carrying the order number; idempotent per submission.
 */
export async function reportTrackingProblem(
  ctx: ServiceContext,
  files: FileStore,
  token: string,
  report: TrackingProblemReport,
): Promise<ReportOutcome> {
  const order = await ctx.trx
    .selectFrom('orders')
    .select(['id', 'number', 'buyerName', 'buyerEmail'])
    .where('trackingToken', '=', token)
    .executeTakeFirst()
  if (!order) return { result: 'not_found' }
  const widget = await ctx.trx
    .selectFrom('channelAccounts')
    .select('id')
    .where('kind', '=', 'widget')
    .where('status', '=', 'active')
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .limit(1)
    .executeTakeFirst()
  const account = widget ? (await accountPolicies(ctx, [widget.id])).get(widget.id) : undefined
  if (!account) return { result: 'no_channel' }
  // Two reports at once about one order must open one conversation, not two.
  await sql`select pg_advisory_xact_lock(hashtextextended(${`tracking-problem:${order.id}`}, 0))`.execute(
    ctx.trx,
  )
  const email = report.email ?? order.buyerEmail
  const message: InboundMessage = {
    externalId: `tracking-page:${report.submissionId}`,
    externalThreadId: orderThreadId(order.id),
    direction: 'inbound',
    // Keyed by e-mail like the web chat's visitors, so both reach the same customer.
    author: { name: order.buyerName, email, externalId: email?.toLowerCase() ?? null },
    subject: report.subject,
    text: report.message,
    html: null,
    sentAt: new Date(),
    attachments: [],
    threading: { messageId: null, inReplyTo: null, references: [], orderNumber: order.number },
    automated: false,
  }
  const result = await ingestMessages(ctx, files, account, [message])
  return { result: 'reported', conversationId: result.conversationsTouched[0] ?? null }
}
