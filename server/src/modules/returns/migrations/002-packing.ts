import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

/** Packing checks at the pack station: the checklist ticked for an order and its parcel photos. */
export const packingSchema: Migration = {
  id: 'returns/002-packing',
  async up(trx) {
    await sql`create table pack_checks (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      order_id uuid not null references orders (id) on delete cascade,
      checklist jsonb not null default '[]',
      note text check (length(note) <= 2000),
      packed_by uuid references users (id) on delete set null,
      packed_at timestamptz not null default now()
    )`.execute(trx)
    await sql`create index pack_checks_order_idx on pack_checks (order_id, packed_at desc)`.execute(
      trx,
    )
    await sql`create table pack_photos (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      order_id uuid not null references orders (id) on delete cascade,
      pack_check_id uuid references pack_checks (id) on delete set null,
      file_key text not null,
      sha256 text not null,
      size integer not null,
      content_type text not null,
      taken_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      unique (order_id, sha256)
    )`.execute(trx)
    await sql`create index pack_photos_order_idx on pack_photos (order_id)`.execute(trx)
  },
}
