import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { refreshStatisticsJob } from './refresh-statistics.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await createTestRuntime()
})
afterAll(() => runtime.close())

describe('refreshStatisticsJob', () => {
  it('analyzes the inbox tables on the embedded database', async () => {
    const before = await lastAnalyze()
    await refreshStatisticsJob(runtime).handle({}, { id: 'test', retryCount: 0 })
    const after = await lastAnalyze()
    // A server's own autovacuum may analyze at any time, so only the embedded case is exact.
    if (runtime.database.mode === 'embedded') expect(after).not.toEqual(before)
  })
})

async function lastAnalyze() {
  const result = await sql<{ at: Date | null }>`
    select last_analyze as at from pg_stat_user_tables where relname = 'messages'`.execute(
    runtime.database.db,
  )
  return result.rows[0]?.at?.toISOString() ?? null
}
