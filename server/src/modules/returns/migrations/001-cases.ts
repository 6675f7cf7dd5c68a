import { sql } from 'kysely'
import type { Migration } from '../../../platform/db/migrations.js'

const statuses = `'new','awaiting_item','received','inspected','accepted','refused','resolved'`
const remedies = `'repair','replacement','price_reduction','withdrawal'`

/** Return and complaint cases, their items, timeline, files, refunds and the workspace's return settings. */
export const casesSchema: Migration = {
  id: 'returns/001-cases',
  async up(trx) {
    await sql`create table return_settings (
      workspace_id uuid primary key references workspaces (id) on delete cascade,
      seller_return_days integer check (seller_return_days between 14 and 365),
      informs_of_withdrawal_right boolean not null default true,
      return_address jsonb,
      return_instructions jsonb not null default '{}',
      reminder_hours integer[] not null default '{72,24}',
      escalate_hours integer not null default 24 check (escalate_hours between 1 and 336),
      programmes jsonb not null default '{}',
      pack_checklist text[] not null default '{}',
      portal_enabled boolean not null default true,
      next_case_number integer not null default 1,
      updated_at timestamptz not null default now()
    )`.execute(trx)
    await sql`create table return_cases (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      number text not null,
      kind text not null check (kind in ('withdrawal','complaint')),
      status text not null default 'new' check (status in (${sql.raw(statuses)})),
      source text not null check (source in ('agent','portal','allegro_return','allegro_issue')),
      external_id text,
      order_id uuid references orders (id) on delete set null,
      customer_id uuid references customers (id) on delete set null,
      conversation_id uuid references conversations (id) on delete set null,
      assignee_id uuid references users (id) on delete set null,
      buyer_type text not null default 'consumer' check (buyer_type in ('consumer','sole_trader','business')),
      buyer_name text,
      buyer_email citext,
      language text not null default 'pl' check (language in ('pl','en','de')),
      reason_code text not null check (length(reason_code) between 1 and 40),
      description text not null default '' check (length(description) <= 5000),
      requested_remedy text check (requested_remedy in (${sql.raw(remedies)})),
      requested_at timestamptz not null,
      requested_on date not null,
      ordered_on date,
      delivered_on date,
      informed_of_withdrawal_right boolean not null default true,
      evaluation jsonb not null,
      deadline date,
      respond_by date,
      refund_by date,
      return_goods_by date,
      deemed_accepted_on date,
      decision text check (decision in ('accepted','refused')),
      decided_at timestamptz,
      decided_by uuid references users (id) on delete set null,
      resolution text check (resolution in (${sql.raw(remedies)},'refund')),
      refusal_grounds text[] not null default '{}',
      refusal_justification text,
      currency char(3) not null default 'PLN',
      refund_due_minor bigint not null default 0,
      refunded_minor bigint not null default 0,
      marketplace_status text,
      portal_token text not null unique,
      reminded_hours integer[] not null default '{}',
      escalated_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (workspace_id, number)
    )`.execute(trx)
    await sql`create unique index return_cases_external_idx on return_cases (workspace_id, source, external_id)
      where external_id is not null`.execute(trx)
    await sql`create index return_cases_open_respond_idx on return_cases (respond_by)
      where decision is null`.execute(trx)
    await sql`create index return_cases_order_idx on return_cases (order_id)`.execute(trx)
    await sql`create index return_cases_customer_idx on return_cases (customer_id)`.execute(trx)
    await sql`create index return_cases_conversation_idx on return_cases (conversation_id)`.execute(
      trx,
    )
    await sql`create index return_cases_list_idx on return_cases (workspace_id, created_at desc)`.execute(
      trx,
    )
    await sql`create table return_case_items (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      case_id uuid not null references return_cases (id) on delete cascade,
      position integer not null default 0,
      order_item_id uuid references order_items (id) on delete set null,
      sku text not null,
      name text not null,
      quantity integer not null check (quantity > 0),
      unit_price_minor bigint not null default 0 check (unit_price_minor >= 0),
      flags text[] not null default '{}',
      unsealed boolean not null default false,
      eligible boolean not null default true,
      exception text,
      received_quantity integer not null default 0 check (received_quantity >= 0),
      condition text check (condition in ('as_new','used','damaged','defective','missing')),
      deduction_minor bigint not null default 0 check (deduction_minor >= 0)
    )`.execute(trx)
    await sql`create index return_case_items_case_idx on return_case_items (case_id)`.execute(trx)
    await sql`create table return_case_events (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      case_id uuid not null references return_cases (id) on delete cascade,
      action text not null,
      actor_type text not null check (actor_type in ('agent','customer','system','marketplace')),
      actor_id uuid,
      note text,
      detail jsonb not null default '{}',
      created_at timestamptz not null default now()
    )`.execute(trx)
    await sql`create index return_case_events_case_idx on return_case_events (case_id, created_at)`.execute(
      trx,
    )
    await sql`create table return_case_files (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      case_id uuid not null references return_cases (id) on delete cascade,
      file_key text not null,
      sha256 text not null,
      size integer not null,
      content_type text not null,
      file_name text not null,
      uploaded_by text not null check (uploaded_by in ('customer','agent','marketplace')),
      purpose text not null default 'photo' check (purpose in ('photo','evidence','proof_of_sending','label')),
      created_at timestamptz not null default now(),
      unique (case_id, sha256)
    )`.execute(trx)
    await sql`create table return_refunds (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      case_id uuid not null references return_cases (id) on delete cascade,
      amount_minor bigint not null check (amount_minor > 0),
      items_minor bigint not null default 0,
      shipping_minor bigint not null default 0,
      currency char(3) not null,
      method text not null check (method in ('original_payment','bank_transfer','marketplace','voucher')),
      due_on date,
      status text not null default 'pending' check (status in ('pending','requested','done','failed')),
      external_id text,
      commission_claim_id text,
      commission_status text,
      error text,
      attempts integer not null default 0,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      done_at timestamptz
    )`.execute(trx)
    await sql`create index return_refunds_case_idx on return_refunds (case_id)`.execute(trx)
    await sql`create table return_sync_state (
      workspace_id uuid not null references workspaces (id) on delete cascade,
      channel_account_id uuid primary key references channel_accounts (id) on delete cascade,
      synced_at timestamptz,
      last_error text
    )`.execute(trx)
    await sql`create table return_case_mails (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      case_id uuid not null references return_cases (id) on delete cascade,
      kind text not null,
      recipient text not null,
      status text not null default 'scheduled' check (status in ('scheduled','sending','sent','failed')),
      attempts integer not null default 0,
      -- When a worker took the mail to send it: another worker leaves it alone until it is stale.
      claimed_at timestamptz,
      provider_id text,
      error text,
      dedupe_key text not null,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      unique (workspace_id, dedupe_key)
    )`.execute(trx)
  },
}
