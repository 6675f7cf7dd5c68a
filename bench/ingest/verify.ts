import { sql } from 'kysely'
import type { InboundMessage } from '../../server/src/modules/channels/index.js'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { benchScope } from '../lib/runtime.js'

/** External id → conversation id of stored messages, read as the app role. */
export function conversationIdsOf(
  runtime: Runtime,
  workspaceId: string,
  accountId: string,
  messages: InboundMessage[],
): Promise<Map<string, string>> {
  return runtime.inWorkspace(benchScope(workspaceId), async (ctx) => {
    const rows = await ctx.trx
      .selectFrom('messages')
      .select(['externalId', 'conversationId'])
      .where('channelAccountId', '=', accountId)
      .where('externalId', '=', sql<string>`any(${messages.map((m) => m.externalId)}::text[])`)
      .execute()
    return new Map(rows.map((r) => [r.externalId as string, r.conversationId]))
  })
}

/** What the workspace holds after the run: messages, raw rows, conversations and their counts. */
export function storedCounts(runtime: Runtime, workspaceId: string, accountId: string) {
  return runtime.inWorkspace(benchScope(workspaceId), async (ctx) => {
    const result = await sql<{
      messages: number
      raw: number
      conversations: number
      messageCountSum: number
    }>`select
        (select count(*)::int from messages where channel_account_id = ${accountId}) as messages,
        (select count(*)::int from raw_messages) as raw,
        (select count(*)::int from conversations where channel_account_id = ${accountId})
          as conversations,
        (select coalesce(sum(message_count), 0)::int from conversations
          where channel_account_id = ${accountId}) as message_count_sum`.execute(ctx.trx)
    return result.rows[0] as NonNullable<(typeof result.rows)[number]>
  })
}
