import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'
import { isolateByWorkspace } from '../../../platform/db/row-security.js'

const TABLES = [
  'conversation_counters',
  'conversations',
  'conversation_threads',
  'messages',
  'message_attachments',
  'conversation_tags',
  'teams',
  'team_members',
  'agent_capacity',
  'round_robin_state',
  'sla_breaches',
  'inbox_settings',
]

/** The conversations module's schema: conversations, messages, teams, assignment and SLA facts. */
export const conversationMigrations = (appRole: string): Migration[] => [
  {
    id: 'conversations/001-initial',
    async up(trx) {
      await sql`create table conversation_counters (
        workspace_id uuid primary key references workspaces (id) on delete cascade,
        last_number integer not null default 0
      )`.execute(trx)
      await sql`create table teams (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        name text not null check (length(name) between 1 and 60),
        created_at timestamptz not null default now(),
        unique (workspace_id, name)
      )`.execute(trx)
      await sql`create table team_members (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        team_id uuid not null references teams (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        primary key (team_id, user_id)
      )`.execute(trx)
      await sql`create table agent_capacity (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        capacity integer check (capacity between 1 and 1000),
        available boolean not null default true,
        last_seen_at timestamptz,
        primary key (workspace_id, user_id)
      )`.execute(trx)
      await sql`create table conversations (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        number integer not null,
        channel_account_id uuid not null references channel_accounts (id),
        channel_kind text not null,
        customer_id uuid references customers (id) on delete set null,
        subject text,
        order_number text,
        status text not null default 'open'
          check (status in ('open', 'pending', 'snoozed', 'resolved')),
        snoozed_until timestamptz,
        priority text not null default 'normal'
          check (priority in ('low', 'normal', 'high', 'urgent')),
        assignee_id uuid references users (id) on delete set null,
        team_id uuid references teams (id) on delete set null,
        waiting_since timestamptz,
        first_inbound_at timestamptz,
        first_reply_at timestamptz,
        last_message_at timestamptz not null,
        last_inbound_at timestamptz,
        message_count integer not null default 0,
        preview text not null default '',
        first_response_due_at timestamptz,
        next_response_due_at timestamptz,
        sla_due_at timestamptz,
        sla_at_risk_at timestamptz,
        sla_state text not null default 'none'
          check (sla_state in ('none', 'ok', 'at_risk', 'breached')),
        -- The queue order: SLA due time, 'infinity' when no clock runs.
        sla_sort timestamptz not null default 'infinity',
        merged_into_id uuid references conversations (id),
        resolved_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (workspace_id, number)
      )`.execute(trx)
      // Inbox views read open conversations in SLA order; partial indexes keep them small
      // however many resolved conversations pile up.
      await sql`create index conversations_open_queue_idx on conversations
        (workspace_id, sla_sort, number) where status = 'open'`.execute(trx)
      await sql`create index conversations_open_assignee_idx on conversations
        (workspace_id, assignee_id, sla_sort, number) where status = 'open'`.execute(trx)
      await sql`create index conversations_open_channel_idx on conversations
        (workspace_id, channel_account_id, sla_sort, number) where status = 'open'`.execute(trx)
      await sql`create index conversations_status_recent_idx on conversations
        (workspace_id, status, last_message_at desc)`.execute(trx)
      await sql`create index conversations_customer_idx on conversations (customer_id)`.execute(trx)
      await sql`create index conversations_order_idx on conversations (workspace_id, order_number)
        where order_number is not null`.execute(trx)
      await sql`create index conversations_sla_watch_idx on conversations (sla_at_risk_at)
        where status = 'open' and sla_state in ('ok', 'at_risk')`.execute(trx)
      await sql`create index conversations_snoozed_idx on conversations (snoozed_until)
        where status = 'snoozed'`.execute(trx)
      await sql`create table conversation_threads (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        channel_account_id uuid not null references channel_accounts (id),
        external_thread_id text not null,
        conversation_id uuid not null references conversations (id) on delete cascade,
        primary key (channel_account_id, external_thread_id)
      )`.execute(trx)
      await sql`create index conversation_threads_conversation_idx
        on conversation_threads (conversation_id)`.execute(trx)
      await sql`create table messages (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade,
        channel_account_id uuid references channel_accounts (id),
        external_id text,
        direction text not null check (direction in ('inbound', 'outbound')),
        kind text not null default 'message' check (kind in ('message', 'note')),
        author_type text not null check (author_type in ('customer', 'agent', 'system', 'bot')),
        author_user_id uuid references users (id) on delete set null,
        author_name text,
        subject text,
        body_text text not null,
        body_html text,
        header_message_id text,
        in_reply_to text,
        thread_references text[] not null default '{}',
        mentions uuid[] not null default '{}',
        automated boolean not null default false,
        delivery_status text not null default 'received'
          check (delivery_status in ('received', 'queued', 'sending', 'sent', 'failed', 'none')),
        delivery_error text,
        delivery_attempts integer not null default 0,
        sending_started_at timestamptz,
        delivered_at timestamptz,
        sent_at timestamptz not null default now(),
        created_at timestamptz not null default now(),
        search tsvector generated always as (
          setweight(to_tsvector('simple', coalesce(subject, '')), 'A') ||
          to_tsvector('simple', left(body_text, 100000))
        ) stored
      )`.execute(trx)
      await sql`create unique index messages_external_idx on messages (channel_account_id, external_id)
        where external_id is not null`.execute(trx)
      await sql`create index messages_conversation_idx on messages (conversation_id, sent_at, id)`.execute(
        trx,
      )
      await sql`create index messages_header_idx on messages (workspace_id, header_message_id)
        where header_message_id is not null`.execute(trx)
      await sql`create index messages_search_idx on messages using gin (search)`.execute(trx)
      await sql`create index messages_delivery_idx on messages (delivery_status)
        where delivery_status in ('queued', 'sending')`.execute(trx)
      await sql`create table message_attachments (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        message_id uuid not null references messages (id) on delete cascade,
        filename text not null,
        content_type text not null,
        size_bytes bigint not null,
        file_key text,
        sha256 text,
        refused_reason text,
        external_ref text,
        created_at timestamptz not null default now()
      )`.execute(trx)
      await sql`create index message_attachments_message_idx on message_attachments (message_id)`.execute(
        trx,
      )
      await sql`create table conversation_tags (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade,
        tag_id uuid not null references tags (id) on delete cascade,
        primary key (conversation_id, tag_id)
      )`.execute(trx)
      await sql`create index conversation_tags_tag_idx on conversation_tags (tag_id, conversation_id)`.execute(
        trx,
      )
      await sql`create table round_robin_state (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        channel_account_id uuid primary key references channel_accounts (id),
        last_user_id uuid
      )`.execute(trx)
      // One row per missed SLA target: the fact reports count (never updated, never deleted).
      await sql`create table sla_breaches (
        id bigserial primary key,
        workspace_id uuid not null references workspaces (id) on delete cascade,
        conversation_id uuid not null references conversations (id) on delete cascade,
        channel_account_id uuid not null references channel_accounts (id),
        kind text not null check (kind in ('first_response', 'next_response')),
        due_at timestamptz not null,
        breached_at timestamptz not null,
        assignee_id uuid,
        unique (conversation_id, kind, due_at)
      )`.execute(trx)
      await sql`create table inbox_settings (
        workspace_id uuid primary key references workspaces (id) on delete cascade,
        business_hours jsonb not null,
        sla_at_risk_ratio real not null default 0.8 check (sla_at_risk_ratio > 0 and sla_at_risk_ratio < 1)
      )`.execute(trx)
      for (const table of TABLES) await isolateByWorkspace(trx, table, appRole)
      await sql`grant usage on sequence sla_breaches_id_seq to ${sql.id(appRole)}`.execute(trx)
      await sql`revoke update, delete on sla_breaches from ${sql.id(appRole)}`.execute(trx)
    },
  },
  {
    id: 'conversations/002-search-view',
    async up(trx) {
      // Full-text (@@), ILIKE and citext equality are not leakproof, so under row-level security
      // PostgreSQL may not use their indexes for the app role and scans every message instead.
      // This view runs with its owner's rights and applies the same workspace filter as the
      // policy, so the planner may use the GIN index; the index below lets a search walk the
      // newest messages first and stop early for common words.
      await sql`create index messages_workspace_sent_idx on messages (workspace_id, sent_at)`.execute(
        trx,
      )
      await sql`create view message_search as
        select id, conversation_id, sent_at, search from messages
        where workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`.execute(
        trx,
      )
      await sql`grant select on message_search to ${sql.id(appRole)}`.execute(trx)
      // The sidebar's open counts (all, mine, unassigned, at risk) from the index alone.
      await sql`create index conversations_open_counts_idx on conversations (workspace_id)
        include (assignee_id, sla_state) where status = 'open' and merged_into_id is null`.execute(
        trx,
      )
    },
  },
]
