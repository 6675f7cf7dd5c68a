import { type Kysely, sql } from 'kysely'
import { customerIdSql } from './generate-customers.js'
import type { BenchWorkspace } from './setup.js'
import { CUSTOMER_LINES, SELLER_LINES, SUBJECTS } from './vocabulary.js'

/** The id of a workspace's n-th generated conversation. */
export const conversationIdSql = (workspaceId: string, n: string) =>
  sql`md5(${workspaceId}::text || ':v:' || ${sql.raw(n)})::uuid`

/** Agents weighted 5:4:3:3:2:2:1:1, so some carry much more of the queue than others. */
function agentPool(agents: string[]): string[] {
  const weights = [5, 4, 3, 3, 2, 2, 1, 1]
  return agents.flatMap((id, i) => Array.from({ length: weights[i] ?? 1 }, () => id))
}

/**
 * Inserts conversations numbered `from`…`to` of `total`, oldest first over two years: 60 %
 * Allegro, 30 % e-mail, 10 % chat; of the last 4 % (a month) about half still open, some pending
 * or snoozed, plus a few forgotten old ones open; the rest resolved. Open ones waiting for a
 * reply get SLA due times (24 h Allegro, 8 h e-mail, 15 min chat), the others sort last
 * ('infinity'); a quarter of open ones are unassigned; customers repeat (skewed).
 */
export async function generateConversations(
  // biome-ignore lint/suspicious/noExplicitAny: a raw connection, no typed schema needed
  db: Kysely<any>,
  workspace: BenchWorkspace,
  range: { from: number; to: number; total: number; customers: number },
): Promise<void> {
  const ws = workspace.id
  const pool = agentPool(workspace.agents)
  await sql`
    insert into conversations (id, workspace_id, number, channel_account_id, channel_kind,
      customer_id, subject, order_number, status, snoozed_until, priority, assignee_id,
      waiting_since, first_inbound_at, first_reply_at, last_message_at, last_inbound_at,
      message_count, preview, first_response_due_at, next_response_due_at, sla_due_at,
      sla_at_risk_at, sla_state, sla_sort, resolved_at, created_at, updated_at)
    select ${conversationIdSql(ws, 'n')}, ${ws}::uuid, n,
      (${workspace.accounts}::uuid[])[ch], (array['allegro', 'email', 'widget'])[ch],
      ${customerIdSql(ws, sql`(1 + floor(${range.customers} * power(r_customer, 1.4)))::int`)},
      case when ch = 2 then (${SUBJECTS}::text[])[1 + floor(r_subject * ${SUBJECTS.length})::int]
           when ch = 1 and r_subject < 0.1 then 'Pytanie o przedmiot' end,
      case when ch = 1 and r_order < 0.7 then md5(${ws}::text || ':o:' || n)::uuid::text
           when ch = 2 and r_order < 0.4 then 'ZAM/' || to_char(created, 'YYYY') || '/' || n end,
      status,
      case when status = 'snoozed' then now() + r_misc * interval '5 days' end,
      case when r_priority < 0.9 then 'normal' when r_priority < 0.95 then 'high'
           when r_priority < 0.98 then 'low' else 'urgent' end,
      case when (status = 'open' and r_assignee < 0.25) or (status = 'resolved' and r_assignee < 0.05)
           then null else (${pool}::uuid[])[1 + floor(r_agent * ${pool.length})::int] end,
      case when waiting then last end,
      created,
      case when msgs > 1 then created + (last - created) / (msgs - 1) end,
      last,
      case when msgs % 2 = 1 then last
           else created + (last - created) * ((msgs - 2)::float8 / (msgs - 1)) end,
      msgs,
      left(line.body, 200),
      case when waiting and msgs = 1 then due end,
      case when waiting and msgs > 1 then due end,
      due,
      due - (due - last) * 0.2,
      case when due is null then 'none' when due < now() then 'breached'
           when due - (due - last) * 0.2 < now() then 'at_risk' else 'ok' end,
      coalesce(due, 'infinity'),
      case when status = 'resolved' then last + r_misc * interval '2 hours' end,
      created,
      greatest(last, created)
    from (
      select *, case when waiting
          then last + (array[interval '24 hours', interval '8 hours', interval '15 minutes'])[ch]
        end as due
      from (
        select *, case when status in ('open', 'pending', 'snoozed')
            then now() - power(r_time, 3) * least(now() - created, interval '20 days')
            else created + least((msgs - 1) * r_time * interval '10 hours', now() - created)
          end as last
        from (
          select *,
            case when status = 'open' and waiting_draw < 0.85 then 1 + 2 * floor(r_count * 5)::int
                 when status = 'open' then 2 + 2 * floor(r_count * 4)::int
                 else 1 + floor(r_count * 9)::int end as msgs,
            status = 'open' and waiting_draw < 0.85 as waiting
          from (
            select *,
              case when n > ${range.total} * 0.96 then
                case when r_status < 0.55 then 'open' when r_status < 0.65 then 'pending'
                     when r_status < 0.70 then 'snoozed' else 'resolved' end
                when r_status < 0.004 then 'open' else 'resolved' end as status,
              case when r_channel < 0.6 then 1 when r_channel < 0.9 then 2 else 3 end as ch,
              now() - (1 - n::float8 / ${range.total}) * interval '730 days' as created
            from (
              select n, random() as r_status, random() as r_channel, random() as r_count,
                random() as waiting_draw, random() as r_time, random() as r_customer,
                random() as r_subject, random() as r_order, random() as r_misc,
                random() as r_priority, random() as r_assignee, random() as r_agent,
                random() as r_preview
              from generate_series(${range.from}::int, ${range.to}::int) as n
            ) as draws
          ) as kinds
        ) as shaped
      ) as timed
    ) as c
    join bench_lines as line on line.id = case when msgs % 2 = 1
      then 1 + floor(r_preview * ${CUSTOMER_LINES})::int
      else ${CUSTOMER_LINES + 1} + floor(r_preview * ${SELLER_LINES})::int end`.execute(db)
}
