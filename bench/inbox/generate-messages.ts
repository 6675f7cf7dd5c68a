import { type Kysely, sql } from 'kysely'
import { CLOSINGS, CUSTOMER_LINES, GREETINGS, SELLER_LINES } from './vocabulary.js'

/** A sentence of the buyer's (inbound) or the seller's side, drawn by `r`. */
const line = (r: string) =>
  sql.raw(`case when m.inbound
  then 1 + floor(m.${r} * ${CUSTOMER_LINES})::int
  else ${CUSTOMER_LINES + 1} + floor(m.${r} * ${SELLER_LINES})::int end`)

/**
 * Inserts the messages of conversations numbered `from`…`to`: odd ones from the buyer, even ones
 * from the seller, spread between the conversation's first and last message; bodies of a
 * greeting, one to three sentences (one in twenty much longer), a closing with the buyer's name
 * now and then; e-mail replies quote an earlier sentence and carry Message-ID headers.
 */
export async function generateMessages(
  // biome-ignore lint/suspicious/noExplicitAny: a raw connection, no typed schema needed
  db: Kysely<any>,
  workspaceId: string,
  range: { from: number; to: number },
): Promise<void> {
  await sql`
    insert into messages (workspace_id, conversation_id, channel_account_id, external_id,
      direction, author_type, author_user_id, author_name, subject, body_text, header_message_id,
      in_reply_to, delivery_status, sent_at, created_at)
    select m.workspace_id, m.id, m.channel_account_id,
      case when m.channel_kind = 'email' then '<' || m.number || '.' || m.k || '@mail.example>'
           else m.number || '-' || m.k end,
      case when m.inbound then 'inbound' else 'outbound' end,
      case when m.inbound then 'customer' else 'agent' end,
      case when not m.inbound then m.assignee_id end,
      case when m.inbound then m.customer_name else 'Obsługa sklepu' end,
      case when m.channel_kind = 'email' then
        case when m.k = 1 then m.subject else 'Re: ' || m.subject end end,
      concat_ws(E'\n',
        (${GREETINGS}::text[])[1 + floor(m.r_greeting * ${GREETINGS.length})::int],
        l1.body,
        case when m.r_with_second < 0.6 then l2.body end,
        case when m.r_with_third < 0.3 then l3.body end,
        case when m.r_long < 0.05 then repeat(l2.body || ' ' || l3.body || ' ', 5) end,
        (${CLOSINGS}::text[])[1 + floor(m.r_closing * ${CLOSINGS.length})::int]
          || case when m.inbound and m.r_name < 0.4 then ', ' || m.customer_name else '' end,
        case when m.channel_kind = 'email' and m.k > 1 and m.r_quote < 0.5
          then '> ' || quoted.body end),
      case when m.channel_kind = 'email' then '<' || m.number || '.' || m.k || '@mail.example>' end,
      case when m.channel_kind = 'email' and m.k > 1
        then '<' || m.number || '.' || (m.k - 1) || '@mail.example>' end,
      case when m.inbound then 'received' else 'sent' end,
      m.sent_at, m.sent_at
    from (
      select c.workspace_id, c.id, c.channel_account_id, c.channel_kind, c.number, c.subject,
        c.assignee_id, cu.name as customer_name, k, k % 2 = 1 as inbound,
        c.created_at + (c.last_message_at - c.created_at)
          * ((k - 1)::float8 / greatest(c.message_count - 1, 1)) as sent_at,
        random() as r_first, random() as r_second, random() as r_third, random() as r_long,
        random() as r_with_second, random() as r_with_third, random() as r_greeting,
        random() as r_closing, random() as r_name, random() as r_quote, random() as r_quoted
      from conversations as c
      left join customers as cu on cu.id = c.customer_id
      cross join lateral generate_series(1, c.message_count) as k
      where c.workspace_id = ${workspaceId} and c.number between ${range.from} and ${range.to}
    ) as m
    join bench_lines as l1 on l1.id = ${line('r_first')}
    join bench_lines as l2 on l2.id = ${line('r_second')}
    join bench_lines as l3 on l3.id = ${line('r_third')}
    join bench_lines as quoted on quoted.id = 1 + floor(m.r_quoted * ${CUSTOMER_LINES})::int`.execute(
    db,
  )
}
