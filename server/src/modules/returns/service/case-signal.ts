import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { PRESENCE_CHANNEL } from '../../../platform/events/record-event.js'

/** Tells the workspace's open pages that cases changed (sent on commit; NOTIFY is transactional). */
export async function announceCaseChange(ctx: ServiceContext, caseId: string): Promise<void> {
  await sql`select pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify({
    workspaceId: ctx.workspaceId,
    signal: 'return-cases',
    caseId,
  })})`.execute(ctx.trx)
}
