import { type Kysely, sql } from 'kysely'

/** The name of the transaction-local setting that row-level security policies compare against. */
export const WORKSPACE_SETTING = 'app.workspace_id'

/** Creates the application role (no login, no BYPASSRLS, owns nothing) unless it exists, and lets the migrating user switch to it. */
// biome-ignore lint/suspicious/noExplicitAny: migration-time helper
export async function ensureAppRole(trx: Kysely<any>, role: string): Promise<void> {
  const name = sql.id(role)
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = ${sql.lit(role)}) then
        create role ${name} nologin nobypassrls;
      end if;
    exception when duplicate_object then null; -- another database on this server made it first
    end $$`.execute(trx)
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = current_user and rolsuper) then
        execute format('grant %I to %I', ${sql.lit(role)}, current_user);
      end if;
    end $$`.execute(trx)
  await sql`grant usage on schema public to ${name}`.execute(trx)
}

/** Turns on workspace isolation for a table with a `workspace_id` column and grants the app role plain DML on it. */
export async function isolateByWorkspace(
  // biome-ignore lint/suspicious/noExplicitAny: migration-time helper
  trx: Kysely<any>,
  table: string,
  role: string,
  column = 'workspace_id',
): Promise<void> {
  const t = sql.id(table)
  await sql`alter table ${t} enable row level security`.execute(trx)
  await sql`drop policy if exists workspace_isolation on ${t}`.execute(trx)
  await sql`create policy workspace_isolation on ${t}
    using (${sql.id(column)} = nullif(current_setting(${sql.lit(WORKSPACE_SETTING)}, true), '')::uuid)
    with check (${sql.id(column)} = nullif(current_setting(${sql.lit(WORKSPACE_SETTING)}, true), '')::uuid)`.execute(
    trx,
  )
  await grantAppAccess(trx, table, role)
}

/** Grants the app role select/insert/update/delete on a table (and its sequences via default privileges). */
export async function grantAppAccess(
  // biome-ignore lint/suspicious/noExplicitAny: migration-time helper
  trx: Kysely<any>,
  table: string,
  role: string,
  privileges = 'select, insert, update, delete',
): Promise<void> {
  await sql`grant ${sql.raw(privileges)} on ${sql.id(table)} to ${sql.id(role)}`.execute(trx)
}
