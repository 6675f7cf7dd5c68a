import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

/** Order settings, notifications sent once per status, proactive alerts and import runs. */
export const followUpSchema: Migration = {
  id: 'orders/003-follow-up',
  async up(trx) {
    await sql`create table order_settings (
      workspace_id uuid primary key references workspaces (id) on delete cascade,
      ship_by_warning_hours integer not null default 12 check (ship_by_warning_hours between 1 and 168),
      no_scan_days integer not null default 3 check (no_scan_days between 1 and 30),
      proactive_messages boolean not null default false,
      notify_email boolean not null default true,
      notify_sms boolean not null default false,
      notify_kinds text[] not null default '{order_received,shipped,out_for_delivery,delivered,delay_notice}',
      quiet_start text not null default '21:00' check (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      quiet_end text not null default '08:00' check (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      shop_name text,
      accent_color text not null default '#0f766e' check (accent_color ~ '^#[0-9a-fA-F]{6}$'),
      logo_url text,
      reply_to_email text,
      email_account_id uuid references channel_accounts (id) on delete set null,
      sms_api_url text,
      sms_sender_name text,
      -- SMSAPI token sealed with the workspace secret key (SecretBox, bound to workspace_id).
      sms_token_sealed bytea,
      -- Per-carrier API endpoints and options, e.g. {"inpost": {"apiUrl": "…"}}; tokens are not kept here.
      carrier_settings jsonb not null default '{}',
      updated_at timestamptz not null default now()
    )`.execute(trx)
    await sql`create table order_notifications (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      order_id uuid not null references orders (id) on delete cascade,
      kind text not null check (kind in ('order_received','shipped','out_for_delivery','delivered','delay_notice')),
      channel text not null check (channel in ('email','sms')),
      recipient text not null,
      status text not null default 'scheduled' check (status in ('scheduled','sent','failed','skipped')),
      scheduled_for timestamptz not null,
      attempts integer not null default 0,
      sent_at timestamptz,
      provider_id text,
      error text,
      created_at timestamptz not null default now(),
      unique (order_id, kind, channel)
    )`.execute(trx)
    await sql`create index order_notifications_due_idx on order_notifications (scheduled_for)
      where status = 'scheduled'`.execute(trx)
    await sql`create table order_alerts (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      order_id uuid not null references orders (id) on delete cascade,
      shipment_id uuid references shipments (id) on delete cascade,
      kind text not null check (kind in ('ship_by_at_risk','ship_by_missed','no_scan','exception','returned_to_sender')),
      detail text not null,
      raised_at timestamptz not null default now(),
      resolved_at timestamptz,
      customer_notified_at timestamptz
    )`.execute(trx)
    await sql`create unique index order_alerts_open_idx on order_alerts (order_id, kind)
      where resolved_at is null`.execute(trx)
    await sql`create index order_alerts_workspace_idx on order_alerts (workspace_id, raised_at desc)
      where resolved_at is null`.execute(trx)
    await sql`create table order_sync_state (
      channel_account_id uuid primary key references channel_accounts (id) on delete cascade,
      workspace_id uuid not null references workspaces (id) on delete cascade,
      cursor text,
      last_synced_at timestamptz,
      last_error text,
      orders_seen integer not null default 0
    )`.execute(trx)
    await sql`create table import_runs (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      kind text not null check (kind in ('orders','products')),
      file_name text not null,
      status text not null default 'running' check (status in ('running','finished','failed')),
      bytes_total bigint,
      bytes_read bigint not null default 0,
      rows_read integer not null default 0,
      rows_imported integer not null default 0,
      rows_failed integer not null default 0,
      errors jsonb not null default '[]',
      started_by text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(trx)
    await sql`create index import_runs_workspace_idx on import_runs (workspace_id, started_at desc)`.execute(
      trx,
    )
  },
}
