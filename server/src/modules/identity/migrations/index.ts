import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'
import { grantAppAccess, isolateByWorkspace } from '../../../platform/db/row-security.js'

/** The identity module's schema: workspaces, users, memberships, invitations, API tokens, sessions. */
export const identityMigrations = (appRole: string): Migration[] => [
  {
    id: 'identity/001-initial',
    async up(trx) {
      await sql`create table workspaces (
        id uuid primary key default gen_random_uuid(),
        name text not null check (length(name) between 1 and 120),
        slug citext not null unique,
        timezone text not null default 'Europe/Warsaw',
        created_at timestamptz not null default now()
      )`.execute(trx)
      await sql`create table users (
        id uuid primary key default gen_random_uuid(),
        email citext not null unique,
        name text not null,
        password_hash text,
        locale text check (locale in ('pl', 'en')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(trx)
      await sql`create table memberships (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        role text not null check (role in ('owner', 'admin', 'agent', 'viewer')),
        created_at timestamptz not null default now(),
        primary key (workspace_id, user_id)
      )`.execute(trx)
      await sql`create index memberships_user_id_idx on memberships (user_id)`.execute(trx)
      await sql`create table invitations (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        email citext not null,
        role text not null check (role in ('owner', 'admin', 'agent', 'viewer')),
        token_hash bytea not null unique,
        invited_by uuid references users (id) on delete set null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        revoked_at timestamptz
      )`.execute(trx)
      await sql`create index invitations_workspace_id_idx on invitations (workspace_id)`.execute(
        trx,
      )
      await sql`create table api_tokens (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        name text not null,
        prefix text not null,
        token_hash bytea not null unique,
        role text not null check (role in ('admin', 'agent', 'viewer')),
        created_by uuid references users (id) on delete set null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz
      )`.execute(trx)
      await sql`create index api_tokens_workspace_id_idx on api_tokens (workspace_id)`.execute(trx)
      // Sessions and the login throttle are read before any workspace is known, by the
      // authentication layer only; the app role gets no access to them.
      await sql`create table sessions (
        id uuid primary key default gen_random_uuid(),
        token_hash bytea not null unique,
        user_id uuid not null references users (id) on delete cascade,
        workspace_id uuid not null references workspaces (id) on delete cascade,
        csrf_token text not null,
        ip inet,
        user_agent text,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null
      )`.execute(trx)
      await sql`create index sessions_user_id_idx on sessions (user_id)`.execute(trx)
      await sql`create table login_throttle (
        email citext primary key,
        failures integer not null,
        window_started_at timestamptz not null,
        locked_until timestamptz
      )`.execute(trx)

      await sql`alter table workspaces enable row level security`.execute(trx)
      await sql`create policy workspace_isolation on workspaces
        using (id = nullif(current_setting('app.workspace_id', true), '')::uuid)`.execute(trx)
      await grantAppAccess(trx, 'workspaces', appRole, 'select, update')
      await isolateByWorkspace(trx, 'memberships', appRole)
      await isolateByWorkspace(trx, 'invitations', appRole)
      await isolateByWorkspace(trx, 'api_tokens', appRole)
      // A user row is visible inside a workspace only while the user is a member of it.
      await sql`alter table users enable row level security`.execute(trx)
      await sql`create policy workspace_members on users
        using (exists (select 1 from memberships m
                        where m.user_id = users.id
                          and m.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid))`.execute(
        trx,
      )
      await grantAppAccess(trx, 'users', appRole, 'select, update')
    },
  },
]
