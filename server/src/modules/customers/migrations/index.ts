import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'
import { isolateByWorkspace } from '../../../platform/db/row-security.js'
import { CRM_TABLES, crmSchema } from './003-crm.js'
import { customerKeysSchema } from './005-customer-keys.js'

/** The customers module's schema: customers, their channel identities and shared tags. */
export const customerMigrations = (appRole: string): Migration[] => [
  {
    id: 'customers/001-initial',
    async up(trx) {
      await sql`create extension if not exists pg_trgm`.execute(trx)
      await sql`create table customers (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        name text,
        email citext,
        phone text,
        locale text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(trx)
      await sql`create index customers_workspace_email_idx on customers (workspace_id, email)`.execute(
        trx,
      )
      // Trigram indexes serve the inbox search ("Kowal" finds "Jan Kowalski").
      await sql`create index customers_name_trgm_idx on customers using gin (name gin_trgm_ops)`.execute(
        trx,
      )
      await sql`create index customers_email_trgm_idx on customers using gin ((email::text) gin_trgm_ops)`.execute(
        trx,
      )
      await sql`create table customer_identities (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        customer_id uuid not null references customers (id) on delete cascade,
        kind text not null check (kind ~ '^[a-z_]{2,20}$'),
        external_id text not null check (length(external_id) between 1 and 500),
        created_at timestamptz not null default now(),
        primary key (workspace_id, kind, external_id)
      )`.execute(trx)
      await sql`create index customer_identities_customer_idx on customer_identities (customer_id)`.execute(
        trx,
      )
      await sql`create table tags (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        name citext not null check (length(name) between 1 and 40),
        color text not null default 'gray',
        created_at timestamptz not null default now(),
        unique (workspace_id, name)
      )`.execute(trx)
      await sql`create table customer_tags (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        customer_id uuid not null references customers (id) on delete cascade,
        tag_id uuid not null references tags (id) on delete cascade,
        primary key (customer_id, tag_id)
      )`.execute(trx)
      for (const table of ['customers', 'customer_identities', 'tags', 'customer_tags'])
        await isolateByWorkspace(trx, table, appRole)
    },
  },
  {
    id: 'customers/002-search-view',
    async up(trx) {
      // ILIKE and citext equality are not leakproof: under row-level security the trigram and
      // e-mail indexes go unused for the app role. Same workspace filter as the policy, owner's
      // rights (see conversations/002-search-view).
      await sql`create view customer_search as
        select id, name, email, created_at from customers
        where workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`.execute(
        trx,
      )
      await sql`grant select on customer_search to ${sql.id(appRole)}`.execute(trx)
    },
  },
  crmSchema,
  {
    id: 'customers/004-crm-row-security',
    async up(trx) {
      for (const table of CRM_TABLES) await isolateByWorkspace(trx, table, appRole)
    },
  },
  customerKeysSchema(appRole),
]
