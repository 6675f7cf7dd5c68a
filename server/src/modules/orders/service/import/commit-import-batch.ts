import type { ServiceContext } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import type { ImportRowError } from '../../tables.js'
import { KEPT_ERRORS, recordImportProgress } from './import-run-writes.js'
import type { ImportCsvOptions, ImportSummary } from './import-summary.js'
import type { PlannerStatistics } from './refresh-planner-statistics.js'

/** One batch's lines as counted for the run, whatever was written. */
export interface BatchRows {
  rows: number
  rowsRejected: number
  errors: ImportRowError[]
}

/** A run in progress: where it writes and what it has counted. */
export interface RunningImport {
  runtime: Runtime
  options: ImportCsvOptions
  summary: ImportSummary
  errorsKept: number
  statistics: PlannerStatistics
}

// Deadlock and serialization failure: the transaction was rolled back and may simply run again.
const RETRYABLE = new Set(['40P01', '40001'])
const ATTEMPTS = 3

/**
 * Writes one batch and its share of the run's counters in a single transaction, so a crash
 * leaves the run's progress consistent with what is stored; the totals move only after the
 * commit. A batch that lost a deadlock (two batches written side by side updating the same
 * customer) is written again: every write in it is idempotent.
 */
export async function commitImportBatch(
  run: RunningImport,
  batch: BatchRows,
  bytesRead: number,
  write: (ctx: ServiceContext) => Promise<{ created: number; updated: number; unchanged: number }>,
): Promise<void> {
  const { summary, options } = run
  const share = {
    bytesRead,
    rowsRead: batch.rows,
    rowsImported: batch.rows - batch.rowsRejected,
    rowsFailed: batch.rowsRejected,
  }
  const kept = batch.errors.slice(0, Math.max(0, KEPT_ERRORS - run.errorsKept))
  run.errorsKept += kept.length
  const scope = { workspaceId: options.workspaceId, actor: options.actor }
  let counts: { created: number; updated: number; unchanged: number }
  for (let attempt = 1; ; attempt++) {
    try {
      counts = await run.runtime.inWorkspace(scope, async (ctx) => {
        const written = await write(ctx)
        await recordImportProgress(ctx, summary.runId, share, kept)
        return written
      })
      break
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error
    }
  }
  summary.bytesRead = Math.max(summary.bytesRead, bytesRead)
  summary.rowsRead += share.rowsRead
  summary.rowsImported += share.rowsImported
  summary.rowsFailed += share.rowsFailed
  summary.created += counts.created
  summary.updated += counts.updated
  summary.unchanged += counts.unchanged
  summary.errors += batch.errors.length
  summary.batches++
  if (batch.errors.length > 0) options.onRowErrors?.(batch.errors)
  options.onProgress?.({ ...summary })
  await run.statistics.refreshAfter(summary.rowsImported)
}
