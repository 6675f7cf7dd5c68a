import { type Kysely, sql } from 'kysely'

/** One forward-only schema change owned by a module; `id` is `<module>/<nnn>-<what>`. */
export interface Migration {
  id: string
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  up(trx: Kysely<any>): Promise<void>
}

// Any fixed 64-bit number; only our migration runners take this lock.
const MIGRATION_LOCK = 7_346_118_902

/** Applies the migrations not yet recorded, each in its own transaction, in the given order; safe to run twice or concurrently. */
export async function runMigrations(
  // biome-ignore lint/suspicious/noExplicitAny: see Migration
  db: Kysely<any>,
  migrations: readonly Migration[],
  onApplied: (id: string) => void = () => {},
): Promise<string[]> {
  const seen = new Set<string>()
  for (const migration of migrations) {
    if (seen.has(migration.id)) throw new Error(`Duplicate migration id ${migration.id}`)
    seen.add(migration.id)
  }
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx)
    await sql`create table if not exists aftersale_migrations (
      id text primary key,
      applied_at timestamptz not null default now()
    )`.execute(trx)
  })
  const applied: string[] = []
  for (const migration of migrations) {
    const ran = await db.transaction().execute(async (trx) => {
      // Re-checked under the lock so that two starting processes never apply one migration twice.
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx)
      const done = await sql`select 1 from aftersale_migrations where id = ${migration.id}`.execute(
        trx,
      )
      if (done.rows.length > 0) return false
      await migration.up(trx)
      await sql`insert into aftersale_migrations (id) values (${migration.id})`.execute(trx)
      return true
    })
    if (ran) {
      applied.push(migration.id)
      onApplied(migration.id)
    }
  }
  return applied
}
