import { sql } from 'kysely'
import type { InboundMessage } from '../../server/src/modules/channels/index.js'
import type { ConversationTables } from '../../server/src/modules/conversations/index.js'
import { isolateByWorkspace } from '../../server/src/platform/db/row-security.js'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { benchScope } from '../lib/runtime.js'

/**
 * The baseline's table: `messages` copied with its columns, defaults, generated tsvector, checks
 * and indexes (LIKE … INCLUDING ALL), plus what LIKE leaves out: the same foreign keys and the
 * same row-level security policy for the app role.
 */
export async function createRawMessages(runtime: Runtime): Promise<void> {
  const { db, appRole } = runtime.database
  await db.transaction().execute(async (trx) => {
    await sql`create table raw_messages (like messages including all)`.execute(trx)
    await sql`alter table raw_messages
      add foreign key (workspace_id) references workspaces (id) on delete cascade,
      add foreign key (conversation_id) references conversations (id) on delete cascade,
      add foreign key (channel_account_id) references channel_accounts (id),
      add foreign key (author_user_id) references users (id) on delete set null`.execute(trx)
    await isolateByWorkspace(trx, 'raw_messages', appRole)
  })
}

/** Inserts one page as one plain multi-row INSERT in its own workspace transaction. */
export function insertRawPage(
  runtime: Runtime,
  workspaceId: string,
  accountId: string,
  rows: { message: InboundMessage; conversationId: string }[],
) {
  return runtime.inWorkspace(benchScope(workspaceId), (ctx) =>
    ctx.trx
      .withTables<{ rawMessages: ConversationTables['messages'] }>()
      .insertInto('rawMessages')
      .values(
        rows.map(({ message: m, conversationId }) => ({
          workspaceId,
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
          threadReferences: m.threading.references,
          automated: m.automated,
          deliveryStatus: m.direction === 'inbound' ? ('received' as const) : ('sent' as const),
          sentAt: m.sentAt,
        })),
      )
      .execute(),
  )
}
