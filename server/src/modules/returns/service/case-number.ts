import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'

/** The next case number of the workspace (R-00001, R-00002 …), taken under the settings row's lock so numbers never repeat. */
export async function allocateCaseNumber(ctx: ServiceContext): Promise<string> {
  const row = await sql<{ number: number }>`
    insert into return_settings (workspace_id, next_case_number) values (${ctx.workspaceId}, 2)
    on conflict (workspace_id) do update set next_case_number = return_settings.next_case_number + 1
    returning next_case_number - 1 as number`.execute(ctx.trx)
  const number = row.rows[0]?.number ?? 1
  return `R-${String(number).padStart(5, '0')}`
}
