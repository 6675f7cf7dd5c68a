import { type Kysely, sql } from 'kysely'
import {
  ENGLISH_FIRST,
  ENGLISH_SURNAMES,
  GERMAN_FIRST,
  GERMAN_SURNAMES,
  MAIL_DOMAINS,
  POLISH_FEMALE,
  POLISH_MALE,
  POLISH_SURNAMES,
} from '../lib/people.js'

/** The id of a workspace's i-th generated customer, so conversations can point at it in SQL. */
export const customerIdSql = (workspaceId: string, i: unknown) =>
  sql`md5(${workspaceId}::text || ':c:' || ${i})::uuid`

const pick = (list: string[], r: string) =>
  sql`(${list}::text[])[1 + floor(${sql.raw(r)} * ${list.length})::int]`

/**
 * Inserts `count` customers, 80 % Polish (feminine surnames for women), 10 % German, 10 %
 * English, with e-mails at common Polish and German providers (a third at Allegro's relay), and
 * each one's channel identity.
 */
// biome-ignore lint/suspicious/noExplicitAny: a raw connection, no typed schema needed
export async function generateCustomers(db: Kysely<any>, workspaceId: string, count: number) {
  await sql`
    insert into customers (id, workspace_id, name, email, locale, created_at, updated_at)
    select ${customerIdSql(workspaceId, sql.raw('i'))}, ${workspaceId}::uuid, first || ' ' || last,
      case when relay < 0.33
        then lower(translate(first, 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜ', 'acelnoszzACELNOSZZaousAOU'))
          || '+' || left(md5(i::text), 8) || '@allegromail.pl'
        else lower(translate(case when style < 0.7 then first || '.' || last
                                  else left(first, 1) || last end,
                             'ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜ', 'acelnoszzACELNOSZZaousAOU'))
          || case when digits < 0.6 then (10 + floor(digits * 3000))::text else '' end
          || '@' || ${pick(MAIL_DOMAINS, 'domain')}
      end,
      case when origin < 0.8 then 'pl' when origin < 0.9 then 'de' else 'en' end,
      now() - (1 - i::float8 / ${count}) * interval '730 days',
      now() - (1 - i::float8 / ${count}) * interval '730 days'
    from (
      select i, origin, relay, style, digits, domain,
        case when origin >= 0.9 then ${pick(ENGLISH_FIRST, 'a')}
             when origin >= 0.8 then ${pick(GERMAN_FIRST, 'a')}
             when female then ${pick(POLISH_FEMALE, 'a')}
             else ${pick(POLISH_MALE, 'a')} end as first,
        case when origin >= 0.9 then ${pick(ENGLISH_SURNAMES, 'b')}
             when origin >= 0.8 then ${pick(GERMAN_SURNAMES, 'b')}
             when female then regexp_replace(${pick(POLISH_SURNAMES, 'b')}, 'ki$', 'ka')
             else ${pick(POLISH_SURNAMES, 'b')} end as last
      from (
        select i, random() as origin, random() < 0.5 as female, random() as a, random() as b,
          random() as relay, random() as style, random() as digits, random() as domain
        from generate_series(1, ${count}) as i
      ) as r
    ) as p`.execute(db)
  await sql`
    insert into customer_identities (workspace_id, customer_id, kind, external_id, created_at)
    select workspace_id, id,
      case when email like '%@allegromail.pl' then 'allegro' else 'email' end,
      case when email like '%@allegromail.pl' then split_part(email::text, '+', 1) || right(id::text, 4)
           else email::text end,
      created_at
    from customers where workspace_id = ${workspaceId}
    on conflict do nothing`.execute(db)
}
