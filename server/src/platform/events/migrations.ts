import { sql } from 'kysely'
import type { Migration } from '../db/migrations.js'
import { ensureAppRole, grantAppAccess, isolateByWorkspace } from '../db/row-security.js'

/** The platform's own schema: the application role and the domain-event (audit) table. */
export const platformMigrations = (appRole: string): Migration[] => [
  {
    id: 'platform/001-app-role',
    async up(trx) {
      await sql`create extension if not exists citext`.execute(trx)
      await sql`create extension if not exists pgcrypto`.execute(trx)
      await sql`create extension if not exists pg_trgm`.execute(trx)
      await ensureAppRole(trx, appRole)
    },
  },
  {
    id: 'platform/002-domain-events',
    async up(trx) {
      await sql`create table domain_events (
        id bigint generated always as identity primary key,
        workspace_id uuid not null,
        name text not null,
        entity_type text not null,
        entity_id text not null,
        actor_type text not null check (actor_type in ('user', 'api_token', 'system')),
        actor_id uuid,
        actor_label text not null,
        ip inet,
        request_id text,
        changes jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now()
      )`.execute(trx)
      await sql`create index domain_events_workspace_id_idx on domain_events (workspace_id, id desc)`.execute(
        trx,
      )
      await isolateByWorkspace(trx, 'domain_events', appRole)
      // The audit log is append-only for the application.
      await sql`revoke update, delete on domain_events from ${sql.id(appRole)}`.execute(trx)
      await grantAppAccess(trx, 'domain_events', appRole, 'select, insert')
    },
  },
]
