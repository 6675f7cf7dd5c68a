import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.js'
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js'
import type { DatabaseSchema } from './schema.js'

// timestamptz and bigint come back as Date and string by default; keep bigint ids as strings
// (they exceed 2^53 in theory) and parse int8 counts where needed.

/** The app's handle on PostgreSQL: a Kysely instance, its pool and how to reach the server. */
export interface Database {
  db: Kysely<DatabaseSchema>
  pool: pg.Pool
  mode: 'embedded' | 'server'
  /** Connection settings for extra clients (job queue, LISTEN). */
  connection: pg.ClientConfig
  /** Statements run through Kysely so far (tests assert fixed query counts per list). */
  counter: { queries: number }
  /** The role each workspace transaction switches to; subject to row-level security. */
  appRole: string
  close(): Promise<void>
}

type DatabaseOptions = Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolMax' | 'appDbRole'> & {
  /** Embedded only: keep the database in memory (tests). */
  inMemory?: boolean
  /** Connect to a database someone else started (tests share one embedded PGlite). */
  attachTo?: { connection: pg.ClientConfig; mode: 'embedded' | 'server' }
}

/** Connects to `DATABASE_URL`, or starts the embedded PGlite served over a local socket. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null
  let connection: pg.ClientConfig
  if (options.attachTo) {
    connection = options.attachTo.connection
  } else if (options.databaseUrl) {
    connection = { connectionString: options.databaseUrl }
  } else {
    // The socket server multiplexes connections onto PGlite's single session; leave room for
    // the job queue's pool and the LISTEN client beside ours.
    embedded = await startEmbeddedPostgres(
      options.inMemory ? null : options.dataDir,
      options.dbPoolMax + 16,
    )
    connection = {
      host: embedded.socketDir,
      port: embedded.port,
      user: 'postgres',
      database: 'postgres',
    }
  }
  const pool = new pg.Pool({
    ...connection,
    max: options.dbPoolMax,
    application_name: 'aftersale',
    types: { getTypeParser: civilDateTypeParser },
  })
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next checkout.
  })
  const counter = { queries: 0 }
  const db = new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: () => {
      counter.queries++
    },
  })
  return {
    db,
    pool,
    counter,
    mode: options.attachTo?.mode ?? (embedded ? 'embedded' : 'server'),
    connection,
    appRole: options.appDbRole,
    async close() {
      await db.destroy()
      await embedded?.stop()
    },
  }
}

const DATE_OID = 1082

/** Reads SQL `date` as its YYYY-MM-DD text: a calendar date has no time zone to shift it by. */
function civilDateTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === DATE_OID) return (value: string) => value
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown
}
