import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

/** CRM: order metrics and segments on the customer, notes, consents, merges and saved filters. */
export const crmSchema: Migration = {
  id: 'customers/003-crm',
  async up(trx) {
    await sql`alter table customers
      add column attributes jsonb not null default '{}',
      add column orders_count integer not null default 0,
      add column lifetime_value_minor bigint not null default 0,
      add column currency char(3),
      add column first_order_at timestamptz,
      add column last_order_at timestamptz,
      add column open_complaints integer not null default 0,
      add column complaints90d integer not null default 0,
      add column negative_reviews integer not null default 0,
      add column last_negative_sentiment_at timestamptz,
      add column segments text[] not null default '{}',
      add column segments_at timestamptz,
      add column merged_into_id uuid references customers (id) on delete set null,
      add column erased_at timestamptz`.execute(trx)
    await sql`create index customers_segments_idx on customers using gin (segments)`.execute(trx)
    await sql`create index customers_workspace_last_order_idx on customers (workspace_id, last_order_at desc nulls last, id)`.execute(
      trx,
    )
    await sql`create table customer_notes (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      customer_id uuid not null references customers (id) on delete cascade,
      author_id uuid references users (id) on delete set null,
      author_label text not null,
      text text not null check (length(text) between 1 and 10000),
      created_at timestamptz not null default now()
    )`.execute(trx)
    await sql`create index customer_notes_customer_idx on customer_notes (customer_id, created_at desc)`.execute(
      trx,
    )
    // Append-only: the latest record per purpose is the customer's current choice (GDPR art. 7(1)
    // asks the controller to be able to demonstrate consent, so earlier records stay).
    await sql`create table customer_consents (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      customer_id uuid not null references customers (id) on delete cascade,
      purpose text not null check (purpose in ('marketing_email','marketing_sms')),
      granted boolean not null,
      source text not null check (length(source) between 1 and 200),
      recorded_by text not null,
      recorded_at timestamptz not null default now()
    )`.execute(trx)
    await sql`create index customer_consents_customer_idx on customer_consents (customer_id, purpose, recorded_at desc)`.execute(
      trx,
    )
    await sql`create table customer_merges (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      target_id uuid not null references customers (id) on delete cascade,
      source_id uuid not null references customers (id) on delete cascade,
      moved jsonb not null,
      merged_by text not null,
      merged_at timestamptz not null default now(),
      unmerged_at timestamptz
    )`.execute(trx)
    await sql`create table customer_match_suggestions (
      workspace_id uuid not null references workspaces (id) on delete cascade,
      customer_id uuid not null references customers (id) on delete cascade,
      candidate_id uuid not null references customers (id) on delete cascade,
      confidence real not null,
      reasons jsonb not null,
      status text not null default 'open' check (status in ('open','merged','dismissed')),
      created_at timestamptz not null default now(),
      primary key (customer_id, candidate_id)
    )`.execute(trx)
    await sql`create table customer_saved_filters (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      name text not null check (length(name) between 1 and 80),
      filter jsonb not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      unique (workspace_id, name)
    )`.execute(trx)
    await sql`create table customer_rfm_thresholds (
      workspace_id uuid primary key references workspaces (id) on delete cascade,
      recency_days real[] not null,
      frequency real[] not null,
      monetary real[] not null,
      computed_at timestamptz not null default now()
    )`.execute(trx)
  },
}

/** Tables the CRM migration adds, for row-level security. */
export const CRM_TABLES = [
  'customer_notes',
  'customer_consents',
  'customer_merges',
  'customer_match_suggestions',
  'customer_saved_filters',
  'customer_rfm_thresholds',
]
