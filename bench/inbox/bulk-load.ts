import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: a raw connection, no typed schema needed
type Db = Kysely<any>

/**
 * Runs `load` with the tables' secondary indexes dropped and foreign-key triggers off (the data
 * is generated consistent), then rebuilds exactly the indexes the migrations made and checks
 * that the set is the same. Constraint-backed indexes (primary keys, unique) stay throughout.
 */
export async function withIndexesRebuiltAfter(
  db: Db,
  tables: string[],
  load: () => Promise<void>,
  report: (line: string) => void,
): Promise<void> {
  const indexes = await secondaryIndexes(db, tables)
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db)
  await sql`set session_replication_role = replica`.execute(db)
  try {
    await load()
  } finally {
    await sql`reset session_replication_role`.execute(db)
  }
  const memory = process.env.DATABASE_URL ? '1GB' : '256MB'
  await sql`set maintenance_work_mem = ${sql.lit(memory)}`.execute(db)
  for (const index of indexes) {
    const started = performance.now()
    await sql.raw(index.def).execute(db)
    report(`index ${index.name} rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  await sql`reset maintenance_work_mem`.execute(db)
  const after = await secondaryIndexes(db, tables)
  const key = (list: { def: string }[]) =>
    list
      .map((i) => i.def)
      .sort()
      .join('\n')
  if (key(after) !== key(indexes)) throw new Error('the rebuilt indexes differ from the migrations')
}

/** Indexes of `tables` that no constraint owns, with their definitions. */
async function secondaryIndexes(db: Db, tables: string[]) {
  const rows = await sql<{ name: string; def: string }>`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = any(${tables}::regclass[])
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by c.relname`.execute(db)
  return rows.rows
}
