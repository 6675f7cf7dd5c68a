import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'
import { isolateByWorkspace } from '../../../platform/db/row-security.js'

/** The channels module's schema: channel accounts with encrypted credentials and sync health. */
export const channelMigrations = (appRole: string): Migration[] => [
  {
    id: 'channels/001-accounts',
    async up(trx) {
      await sql`create table channel_accounts (
        id uuid primary key,
        workspace_id uuid not null references workspaces (id) on delete cascade,
        kind text not null check (kind in ('email', 'widget', 'allegro')),
        name text not null check (length(name) between 1 and 80),
        settings jsonb not null default '{}',
        credentials bytea,
        status text not null default 'active' check (status in ('active', 'paused', 'needs_auth')),
        sync_cursor jsonb,
        last_sync_at timestamptz,
        last_success_at timestamptz,
        last_error text,
        last_error_at timestamptz,
        rate_limited_until timestamptz,
        sla_first_response_minutes integer check (sla_first_response_minutes > 0),
        sla_next_response_minutes integer check (sla_next_response_minutes > 0),
        sla_clock text not null default 'working_time' check (sla_clock in ('24/7', 'working_time')),
        sla_calendar text not null default 'workspace' check (sla_calendar in ('workspace', 'marketplace')),
        assignment_mode text not null default 'manual'
          check (assignment_mode in ('manual', 'round_robin', 'load_based')),
        team_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        deleted_at timestamptz
      )`.execute(trx)
      await sql`create index channel_accounts_workspace_idx on channel_accounts (workspace_id)`.execute(
        trx,
      )
      // The widget's public key finds its account before any workspace is known.
      await sql`create unique index channel_accounts_widget_key_idx
        on channel_accounts ((settings->>'widgetKey')) where kind = 'widget'`.execute(trx)
      await isolateByWorkspace(trx, 'channel_accounts', appRole)
    },
  },
]
