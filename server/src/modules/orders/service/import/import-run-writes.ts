import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import { PRESENCE_CHANNEL, recordEvent } from '../../../../platform/events/record-event.js'
import type { ImportRowError } from '../../tables.js'

/** Errors kept on a run for the report; every failed row is still counted. */
export const KEPT_ERRORS = 1000

/** A run's counters: totals when a run closes, a batch's share while it runs. */
export interface ImportRunProgress {
  bytesRead: number
  rowsRead: number
  rowsImported: number
  rowsFailed: number
}

/**
 * Creates the run, or restarts it from zero when `runId` exists already (an upload's run, or a
 * job retried after a crash: the file is read again and the idempotent writes change nothing).
 */
export async function startImportRun(
  ctx: ServiceContext,
  run: { id?: string; kind: 'orders' | 'products'; fileName: string; bytesTotal: number | null },
): Promise<string> {
  const row = await sql<{ id: string }>`
    insert into import_runs (id, workspace_id, kind, file_name, bytes_total, started_by)
    values (coalesce(${run.id ?? null}::uuid, gen_random_uuid()), ${ctx.workspaceId}, ${run.kind},
      ${run.fileName}, ${run.bytesTotal}, ${ctx.actor.label})
    on conflict (id) do update set status = 'running', bytes_read = 0, rows_read = 0,
      rows_imported = 0, rows_failed = 0, errors = '[]', finished_at = null,
      bytes_total = coalesce(excluded.bytes_total, import_runs.bytes_total)
    returning id`.execute(ctx.trx)
  return (row.rows[0] as { id: string }).id
}

/**
 * Adds a batch's counts (`bytesRead` is the position reached) and its share of the kept errors
 * to the run, and signals live viewers. Increments, in the batch's transaction: batches written
 * side by side each add their own, and a rolled-back batch adds nothing.
 */
export async function recordImportProgress(
  ctx: ServiceContext,
  runId: string,
  batch: ImportRunProgress,
  newErrors: ImportRowError[],
): Promise<void> {
  await sql`update import_runs set bytes_read = greatest(bytes_read, ${batch.bytesRead}),
      rows_read = rows_read + ${batch.rowsRead}, rows_imported = rows_imported + ${batch.rowsImported},
      rows_failed = rows_failed + ${batch.rowsFailed},
      errors = case when ${newErrors.length > 0}::boolean
        then errors || ${JSON.stringify(newErrors)}::jsonb else errors end
    where id = ${runId}`.execute(ctx.trx)
  await signalImportProgress(ctx, runId)
}

/** Closes a run: finished with its final counters and one domain event, or failed with why. */
export async function finishImportRun(
  ctx: ServiceContext,
  runId: string,
  outcome:
    | { status: 'finished'; progress: ImportRunProgress; counts: Record<string, number> }
    | { status: 'failed'; error: ImportRowError; progress?: ImportRunProgress },
): Promise<void> {
  const progress = outcome.progress
  await sql`update import_runs set status = ${outcome.status}, finished_at = now(),
      bytes_read = coalesce(${progress?.bytesRead ?? null}, bytes_read),
      rows_read = coalesce(${progress?.rowsRead ?? null}, rows_read),
      rows_imported = coalesce(${progress?.rowsImported ?? null}, rows_imported),
      rows_failed = coalesce(${progress?.rowsFailed ?? null}, rows_failed),
      errors = case when ${outcome.status === 'failed'}::boolean
        then ${JSON.stringify(outcome.status === 'failed' ? [outcome.error] : [])}::jsonb || errors
        else errors end
    where id = ${runId}`.execute(ctx.trx)
  if (outcome.status === 'finished') {
    // One event for the whole run, not one per order: a historical import must not look like
    // new orders to automation, so it sends no order confirmations or review requests.
    await recordEvent(ctx, {
      name: 'orders.import.finished',
      entityType: 'import_run',
      entityId: runId,
      changes: Object.fromEntries(
        Object.entries(outcome.counts).map(([key, to]) => [key, { from: null, to }]),
      ),
    })
  }
  await signalImportProgress(ctx, runId)
}

/** Tells the web app (through the live stream) that a run moved; delivered on commit. */
async function signalImportProgress(ctx: ServiceContext, runId: string): Promise<void> {
  const payload = JSON.stringify({ workspaceId: ctx.workspaceId, signal: 'import-progress', runId })
  await sql`select pg_notify(${PRESENCE_CHANNEL}, ${payload})`.execute(ctx.trx)
}
