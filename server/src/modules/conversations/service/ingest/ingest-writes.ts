import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import type { FileStore } from '../../../../platform/files/file-store.js'
import type { InboundMessage } from '../../../channels/index.js'

const CHUNK = 500

/** A conversation ingest is about to open. */
export interface NewConversation {
  id: string
  subject: string | null
  orderNumber: string | null
  customerId: string | null
  externalThreadId: string | null
  createdAt: Date
}

/** Takes `count` display numbers for the workspace (a row lock serialises concurrent takers). */
export async function takeConversationNumbers(ctx: ServiceContext, count: number): Promise<number> {
  const row = await sql<{ lastNumber: number }>`
    insert into conversation_counters (workspace_id, last_number) values (${ctx.workspaceId}, ${count})
    on conflict (workspace_id) do update set last_number = conversation_counters.last_number + ${count}
    returning last_number`.execute(ctx.trx)
  return (row.rows[0]?.lastNumber ?? count) - count + 1
}

/** Inserts conversations (numbered in arrival order) and their thread mappings. */
export async function insertConversations(
  ctx: ServiceContext,
  account: { id: string; kind: string; teamId: string | null },
  conversations: NewConversation[],
): Promise<void> {
  if (conversations.length === 0) return
  const first = await takeConversationNumbers(ctx, conversations.length)
  for (let start = 0; start < conversations.length; start += CHUNK) {
    const chunk = conversations.slice(start, start + CHUNK)
    await ctx.trx
      .insertInto('conversations')
      .values(
        chunk.map((c, i) => ({
          id: c.id,
          workspaceId: ctx.workspaceId,
          number: first + start + i,
          channelAccountId: account.id,
          channelKind: account.kind,
          customerId: c.customerId,
          subject: c.subject,
          orderNumber: c.orderNumber,
          teamId: account.teamId,
          lastMessageAt: c.createdAt,
          createdAt: c.createdAt,
        })),
      )
      .execute()
    const threads = chunk.filter((c) => c.externalThreadId)
    if (threads.length > 0)
      await ctx.trx
        .insertInto('conversationThreads')
        .values(
          threads.map((c) => ({
            workspaceId: ctx.workspaceId,
            channelAccountId: account.id,
            externalThreadId: c.externalThreadId as string,
            conversationId: c.id,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute()
  }
}

/** Inserts messages and their attachments; returns external id → message id of those stored now. */
export async function insertMessages(
  ctx: ServiceContext,
  files: FileStore,
  accountId: string,
  rows: { message: InboundMessage; conversationId: string }[],
): Promise<Map<string, string>> {
  const stored = new Map<string, string>()
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK)
    const inserted = await ctx.trx
      .insertInto('messages')
      .values(
        chunk.map(({ message: m, conversationId }) => ({
          workspaceId: ctx.workspaceId,
          conversationId,
          channelAccountId: accountId,
          externalId: m.externalId,
          direction: m.direction,
          authorType: m.direction === 'inbound' ? ('customer' as const) : ('agent' as const),
          authorName: m.author.name ?? m.author.email ?? m.author.externalId,
          subject: m.subject,
          bodyText: m.text,
          bodyHtml: m.html,
          headerMessageId: m.threading.messageId,
          inReplyTo: m.threading.inReplyTo,
          threadReferences: m.threading.references.slice(0, 100),
          automated: m.automated,
          deliveryStatus: m.direction === 'inbound' ? ('received' as const) : ('sent' as const),
          sentAt: m.sentAt,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['channelAccountId', 'externalId'])
          .where('externalId', 'is not', null)
          .doNothing(),
      )
      .returning(['id', 'externalId'])
      .execute()
    for (const row of inserted) if (row.externalId) stored.set(row.externalId, row.id)
  }
  const attachments = []
  for (const { message } of rows) {
    const messageId = stored.get(message.externalId)
    if (!messageId) continue
    for (const a of message.attachments) {
      const file = a.content ? await files.put(ctx.workspaceId, a.content) : null
      attachments.push({
        workspaceId: ctx.workspaceId,
        messageId,
        filename: a.filename.slice(0, 255) || 'attachment',
        contentType: a.contentType.slice(0, 255),
        sizeBytes: a.size,
        fileKey: file?.key ?? null,
        sha256: file?.sha256 ?? null,
        refusedReason: a.refusedReason ?? null,
        externalRef: a.externalRef ?? null,
      })
    }
  }
  for (let start = 0; start < attachments.length; start += CHUNK)
    await ctx.trx
      .insertInto('messageAttachments')
      .values(attachments.slice(start, start + CHUNK))
      .execute()
  return stored
}
