import { sql } from 'kysely'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'

// The inbox's busiest tables, whose query plans go wrong first without statistics.
const TABLES = [
  'messages',
  'conversations',
  'conversation_threads',
  'customers',
  'customer_identities',
]

/**
 * Hourly ANALYZE of the inbox tables on the embedded database: PGlite runs no autovacuum, and
 * without statistics ingest and inbox queries pick poor plans as tables grow. A PostgreSQL
 * server's autovacuum does this itself, so the job does nothing there.
 */
export function refreshStatisticsJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'conversations.refresh-statistics',
    cron: '17 * * * *',
    retryLimit: 0,
    async handle() {
      if (runtime.database.mode !== 'embedded') return
      for (const table of TABLES)
        await sql`analyze ${sql.table(table)}`.execute(runtime.database.db)
    },
  }
}
