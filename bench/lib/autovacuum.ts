import { sql } from 'kysely'
import type { Runtime } from '../../server/src/platform/runtime.js'

/**
 * Whether benchmarks stand in for autovacuum's ANALYZE: `BENCH_ANALYZE=auto` (default) only on
 * a PostgreSQL server that has autovacuum off (the CI configuration; production has it on),
 * `always` also on embedded PGlite (which has no autovacuum at all), `off` never.
 */
export async function analyzesLikeAutovacuum(runtime: Runtime): Promise<boolean> {
  const mode = process.env.BENCH_ANALYZE ?? 'auto'
  if (mode === 'off') return false
  if (mode === 'always') return true
  if (runtime.database.mode !== 'server') return false
  const row = await sql<{ on: boolean }>`select current_setting('autovacuum') = 'on' as on`.execute(
    runtime.database.db,
  )
  return !row.rows[0]?.on
}

/** Analyzes each table changed past autovacuum's default threshold (50 rows + 10 %). */
export async function analyzeChangedTables(runtime: Runtime): Promise<string[]> {
  const { db } = runtime.database
  const stale = await sql<{ table: string }>`
    select format('%I.%I', s.schemaname, s.relname) as table
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid
    where s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`.execute(db)
  for (const { table } of stale.rows) await sql`analyze ${sql.raw(table)}`.execute(db)
  return stale.rows.map((r) => r.table)
}
