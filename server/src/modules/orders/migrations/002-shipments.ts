import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

const trackingStatuses = `'info_received','in_transit','out_for_delivery','available_for_pickup','delivered','failed_attempt','exception','returned_to_sender'`

/** Parcels of an order and every scan a carrier reported for them. */
export const shipmentsSchema: Migration = {
  id: 'orders/002-shipments',
  async up(trx) {
    await sql`create table shipments (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      order_id uuid not null references orders (id) on delete cascade,
      carrier text,
      tracking_number text not null check (length(tracking_number) between 4 and 60),
      status text check (status in (${sql.raw(trackingStatuses)})),
      status_at timestamptz,
      last_scan_at timestamptz,
      expected_delivery_at timestamptz,
      delivered_at timestamptz,
      -- When the waybill reached the marketplace (Allegro shipments); null until pushed.
      pushed_to_source_at timestamptz,
      next_poll_at timestamptz,
      poll_failures integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (workspace_id, order_id, tracking_number)
    )`.execute(trx)
    await sql`create index shipments_tracking_idx on shipments (workspace_id, tracking_number)`.execute(
      trx,
    )
    await sql`create index shipments_poll_idx on shipments (next_poll_at)
      where next_poll_at is not null`.execute(trx)
    await sql`create table tracking_events (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      shipment_id uuid not null references shipments (id) on delete cascade,
      occurred_at timestamptz not null,
      status text not null check (status in (${sql.raw(trackingStatuses)})),
      raw_code text not null,
      raw_description text,
      location text,
      received_via text not null check (received_via in ('poll','webhook','source')),
      created_at timestamptz not null default now(),
      unique (shipment_id, occurred_at, raw_code)
    )`.execute(trx)
  },
}
