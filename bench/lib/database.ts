import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

/** A throw-away place for a benchmark's data: a temp data dir (PGlite) or a fresh PostgreSQL database. */
export async function scratchDatabase(): Promise<{
  env: Record<string, string>
  drop(): Promise<void>
}> {
  const base = process.env.DATABASE_URL
  if (!base) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-bench-'))
    return {
      env: { AFTERSALE_DATA_DIR: dir },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const name = `aftersale_bench_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      // BENCH_KEEP=1 leaves the database behind for EXPLAIN (ANALYZE) after the run.
      if (process.env.BENCH_KEEP) process.stderr.write(`kept database ${name}\n`)
      else await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}
