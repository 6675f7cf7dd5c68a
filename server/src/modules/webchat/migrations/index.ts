import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'
import { isolateByWorkspace } from '../../../platform/db/row-security.js'

/** The webchat module's schema: the visitors of each widget and when their chat was last open. */
export const webchatMigrations = (appRole: string): Migration[] => [
  {
    id: 'webchat/001-visitors',
    async up(trx) {
      await sql`create table webchat_visitors (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        account_id uuid not null references channel_accounts (id) on delete cascade,
        visitor_id text not null check (length(visitor_id) between 8 and 64),
        name text not null check (length(name) between 1 and 100),
        email text not null check (length(email) between 3 and 254),
        order_number text check (length(order_number) <= 64),
        last_seen_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (account_id, visitor_id)
      )`.execute(trx)
      await sql`create index webchat_visitors_workspace_idx on webchat_visitors (workspace_id)`.execute(
        trx,
      )
      await isolateByWorkspace(trx, 'webchat_visitors', appRole)
    },
  },
]
