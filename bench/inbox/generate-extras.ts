import { type Kysely, sql } from 'kysely'
import type { BenchWorkspace } from './setup.js'

/**
 * Tags a fifth of conversations (a twentieth twice), popular tags far more often; maps chat and
 * Allegro conversations to their channel thread; sets the display-number counter.
 */
export async function generateExtras(
  // biome-ignore lint/suspicious/noExplicitAny: a raw connection, no typed schema needed
  db: Kysely<any>,
  workspace: BenchWorkspace,
  total: number,
): Promise<void> {
  const tags = workspace.tags.map((t) => t.id)
  // The draws live in the scanned rows: a filter on random() alone would run once per statement.
  await sql`
    with draws as (
      select workspace_id, id, random() as r_first, random() as r_second, random() as a, random() as b
      from conversations where workspace_id = ${workspace.id}
    )
    insert into conversation_tags (workspace_id, conversation_id, tag_id)
    select workspace_id, id, (${tags}::uuid[])[1 + floor(power(a, 2) * ${tags.length})::int]
    from draws where r_first < 0.2
    union all
    select workspace_id, id, (${tags}::uuid[])[1 + floor(power(b, 2) * ${tags.length})::int]
    from draws where r_second < 0.05
    on conflict do nothing`.execute(db)
  await sql`
    insert into conversation_threads (workspace_id, channel_account_id, external_thread_id,
      conversation_id)
    select workspace_id, channel_account_id,
      translate(encode(decode(md5(id::text), 'hex'), 'base64'), '+/=', '-_'), id
    from conversations
    where workspace_id = ${workspace.id} and channel_kind in ('allegro', 'widget')`.execute(db)
  await sql`
    insert into conversation_counters (workspace_id, last_number) values (${workspace.id}, ${total})
    on conflict (workspace_id) do update set last_number = excluded.last_number`.execute(db)
}
