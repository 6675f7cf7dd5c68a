import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

/**
 * The keys duplicate detection looks customers up by (the mailbox behind an e-mail, a phone's
 * digits, a post code) and the folded text the customer list searches, indexed and readable by
 * the app role through owner-rights views: functions in index expressions are not leakproof,
 * so under row-level security the planner would not use these indexes (see 002-search-view).
 */
export const customerKeysSchema = (appRole: string): Migration => ({
  id: 'customers/005-customer-keys',
  async up(trx) {
    await sql`create extension if not exists unaccent`.execute(trx)
    // Mirrors rules/person-name.ts foldForComparison (a test compares both): diacritics off
    // (unaccent also maps ł, ß, æ, ø, đ, œ, þ), lower case, anything else one space. unaccent()
    // is only stable because its dictionary could change; naming it makes the wrapper immutable.
    await sql`create function customer_fold(raw text) returns text
      language sql immutable parallel safe strict
      return btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, raw)), '[^a-z0-9]+', ' ', 'g'))`.execute(
      trx,
    )
    // Mirrors rules/email-address.ts normalizeEmail().canonical and rules/relay-email.ts: a
    // test compares both on many addresses. Relay aliases stay whole; `+tag` dropped (RFC 5233);
    // Gmail dots dropped (support.google.com/mail/answer/7436150).
    await sql`create function customer_email_key(raw text) returns text
      language plpgsql immutable parallel safe as $$
      declare
        address text := lower(regexp_replace(btrim(raw), '^mailto:', '', 'i'));
        local_part text;
        domain text;
        untagged text;
      begin
        if raw is null or address !~ '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' then return null; end if;
        domain := substring(address from '@([^@]*)$');
        local_part := substring(address from '^(.*)@[^@]*$');
        if domain ~ '^([a-z0-9-]+\\.)*allegromail\\.pl$'
          or domain ~ '^marketplace\\.amazon\\.([a-z]{2,3}|co\\.[a-z]{2}|com\\.[a-z]{2})$'
          or domain ~ '^members\\.ebay\\.([a-z]{2,3}|co\\.[a-z]{2}|com\\.[a-z]{2})$'
          or domain ~ '^([a-z0-9-]+\\.)*kaufland-marketplace\\.[a-z]{2,3}$' then
          return address;
        end if;
        untagged := split_part(local_part, '+', 1);
        if untagged = '' then return address; end if;
        if domain in ('gmail.com', 'googlemail.com') then
          if replace(untagged, '.', '') = '' then return untagged || '@gmail.com'; end if;
          return replace(untagged, '.', '') || '@gmail.com';
        end if;
        return untagged || '@' || domain;
      end $$`.execute(trx)
    await sql`create function customer_digits_key(raw text) returns text
      language sql immutable parallel safe
      return nullif(regexp_replace(raw, '[^0-9]', '', 'g'), '')`.execute(trx)
    await sql`create function customer_post_code_key(raw text) returns text
      language sql immutable parallel safe
      return nullif(upper(regexp_replace(raw, '[^A-Za-z0-9]', '', 'g')), '')`.execute(trx)
    await sql`create index customers_email_key_idx
      on customers (workspace_id, customer_email_key(email::text)) where email is not null`.execute(
      trx,
    )
    await sql`create index customers_phone_key_idx
      on customers (workspace_id, customer_digits_key(phone)) where phone is not null`.execute(trx)
    await sql`create index customers_post_code_key_idx
      on customers (workspace_id, customer_post_code_key(attributes->>'post_code'))
      where attributes ? 'post_code'`.execute(trx)
    await sql`create index customer_identities_email_key_idx
      on customer_identities (workspace_id, customer_email_key(external_id)) where kind = 'email'`.execute(
      trx,
    )
    await sql`create index customer_identities_phone_key_idx
      on customer_identities (workspace_id, customer_digits_key(external_id)) where kind = 'phone'`.execute(
      trx,
    )
    await sql`create view customer_match_keys as
      select c.id as customer_id, 'email' as key_kind, customer_email_key(c.email::text) as key
        from customers c
        where c.email is not null and c.merged_into_id is null and c.erased_at is null
          and c.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select c.id, 'phone', customer_digits_key(c.phone)
        from customers c
        where c.phone is not null and c.merged_into_id is null and c.erased_at is null
          and c.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select c.id, 'post_code', customer_post_code_key(c.attributes->>'post_code')
        from customers c
        where c.attributes ? 'post_code' and c.merged_into_id is null and c.erased_at is null
          and c.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select i.customer_id, 'email', customer_email_key(i.external_id)
        from customer_identities i
        where i.kind = 'email'
          and i.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select i.customer_id, 'phone', customer_digits_key(i.external_id)
        from customer_identities i
        where i.kind = 'phone'
          and i.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`.execute(
      trx,
    )
    await sql`grant select on customer_match_keys to ${sql.id(appRole)}`.execute(trx)
    await sql`create index customers_name_fold_idx
      on customers using gin (customer_fold(name) gin_trgm_ops)`.execute(trx)
    await sql`create index customers_email_fold_idx
      on customers using gin (customer_fold(email::text) gin_trgm_ops)`.execute(trx)
    await sql`create index customers_phone_digits_idx
      on customers using gin (customer_digits_key(phone) gin_trgm_ops)`.execute(trx)
    await sql`create index customer_identities_fold_idx
      on customer_identities using gin (customer_fold(external_id) gin_trgm_ops)`.execute(trx)
    await sql`create index customer_identities_digits_idx
      on customer_identities using gin (customer_digits_key(external_id) gin_trgm_ops)
      where kind = 'phone'`.execute(trx)
    // One row per searchable text of a customer: `folded` for words, `digits` for phones.
    await sql`create view customer_text_search as
      select c.id as customer_id, customer_fold(c.name) as folded, null::text as digits
        from customers c
        where c.name is not null
          and c.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select c.id, customer_fold(c.email::text), null
        from customers c
        where c.email is not null
          and c.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select c.id, null, customer_digits_key(c.phone)
        from customers c
        where c.phone is not null
          and c.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select i.customer_id, customer_fold(i.external_id), null
        from customer_identities i
        where i.kind <> 'phone'
          and i.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
      union all
      select i.customer_id, null, customer_digits_key(i.external_id)
        from customer_identities i
        where i.kind = 'phone'
          and i.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`.execute(
      trx,
    )
    await sql`grant select on customer_text_search to ${sql.id(appRole)}`.execute(trx)
    // Merged-away and erased customers are no one to find by name or e-mail any more.
    await sql`create or replace view customer_search as
      select id, name, email, created_at from customers
      where workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
        and merged_into_id is null and erased_at is null`.execute(trx)
  },
})
