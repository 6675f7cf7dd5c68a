import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

const statuses = `'placed','paid','ready_to_ship','shipped','delivered','cancelled_by_buyer','cancelled_by_seller','returned'`
const flags = `'personalized','made_to_order','perishable','sealed_hygiene','sealed_media','newspaper','mixed_after_delivery'`

/** Orders, their lines, their status timeline and the seller's product catalogue. */
export const ordersSchema: Migration = {
  id: 'orders/001-orders',
  async up(trx) {
    await sql`create extension if not exists pgcrypto`.execute(trx)
    await sql`create table products (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      sku text not null check (length(sku) between 1 and 100),
      name text not null check (length(name) between 1 and 500),
      stock integer,
      availability_text text,
      flags text[] not null default '{}' check (flags <@ array[${sql.raw(flags)}]::text[]),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (workspace_id, sku)
    )`.execute(trx)
    await sql`create table orders (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      source text not null check (source in ('allegro','amazon','shop','csv')),
      external_id text not null check (length(external_id) between 1 and 200),
      number text not null check (length(number) between 1 and 100),
      marketplace text not null check (marketplace in ('allegro','amazon','kaufland','emag','shop')),
      channel_account_id uuid references channel_accounts (id) on delete set null,
      customer_id uuid references customers (id) on delete set null,
      buyer_name text,
      buyer_email citext,
      buyer_phone text,
      buyer_login text,
      locale text,
      shipping_address jsonb,
      billing_address jsonb,
      currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
      items_minor bigint not null,
      shipping_minor bigint not null default 0,
      total_minor bigint not null,
      status text not null check (status in (${sql.raw(statuses)})),
      placed_at timestamptz not null,
      paid_at timestamptz,
      ship_by timestamptz,
      shipped_at timestamptz,
      delivered_at timestamptz,
      cancelled_at timestamptz,
      expected_delivery_at timestamptz,
      invoice_number text,
      -- The public tracking page's key: 128 random bits, never derived from the order.
      tracking_token text not null unique default encode(gen_random_bytes(16), 'hex'),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (workspace_id, source, external_id)
    )`.execute(trx)
    await sql`create index orders_workspace_number_idx on orders (workspace_id, number)`.execute(
      trx,
    )
    await sql`create index orders_workspace_placed_idx on orders (workspace_id, placed_at desc, id desc)`.execute(
      trx,
    )
    await sql`create index orders_customer_idx on orders (customer_id, placed_at desc)`.execute(trx)
    await sql`create index orders_ship_by_idx on orders (ship_by) where status in ('placed','paid','ready_to_ship')`.execute(
      trx,
    )
    await sql`create table order_items (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      order_id uuid not null references orders (id) on delete cascade,
      line_no integer not null,
      external_id text,
      sku text,
      name text not null,
      quantity integer not null check (quantity > 0),
      unit_price_minor bigint not null,
      flags text[] not null default '{}' check (flags <@ array[${sql.raw(flags)}]::text[]),
      unique (order_id, line_no)
    )`.execute(trx)
    await sql`create table order_status_events (
      workspace_id uuid not null references workspaces (id) on delete cascade,
      order_id uuid not null references orders (id) on delete cascade,
      status text not null check (status in (${sql.raw(statuses)})),
      occurred_at timestamptz not null,
      source text not null,
      primary key (order_id, status)
    )`.execute(trx)
  },
}
