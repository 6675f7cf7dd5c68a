import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import { importErrorsCsvText } from '../../rules/csv/index.js'
import type { ImportRowError } from '../../tables.js'

/** A run as the API shows it: counters, the share of bytes read, and some of its errors. */
export interface ImportRunView {
  id: string
  kind: 'orders' | 'products'
  fileName: string
  status: 'running' | 'finished' | 'failed'
  /** Share of the file read, 0–100; null when the size is unknown. */
  percent: number | null
  bytesTotal: number | null
  bytesRead: number
  rowsRead: number
  rowsImported: number
  rowsFailed: number
  errorsKept: number
  errors: ImportRowError[]
  startedBy: string
  startedAt: string
  finishedAt: string | null
}

const columns = sql`id, kind, file_name as "fileName", status, bytes_total::float8 as "bytesTotal",
  bytes_read::float8 as "bytesRead", rows_read as "rowsRead", rows_imported as "rowsImported",
  rows_failed as "rowsFailed", jsonb_array_length(errors) as "errorsKept", started_by as "startedBy",
  started_at as "startedAt", finished_at as "finishedAt"`

type RunRow = Omit<ImportRunView, 'percent' | 'errors' | 'startedAt' | 'finishedAt'> & {
  startedAt: Date
  finishedAt: Date | null
  errors?: ImportRowError[]
}

function present(row: RunRow): ImportRunView {
  const done = row.status === 'finished'
  const percent =
    row.bytesTotal && row.bytesTotal > 0
      ? done
        ? 100
        : Math.min(99, Math.floor((100 * row.bytesRead) / row.bytesTotal))
      : done
        ? 100
        : null
  return {
    ...row,
    percent,
    errors: row.errors ?? [],
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  }
}

/** The workspace's latest runs, newest first (without their errors). */
export async function listImportRuns(ctx: ServiceContext, limit = 20): Promise<ImportRunView[]> {
  const result = await sql<RunRow>`select ${columns} from import_runs
    where workspace_id = ${ctx.workspaceId}
    order by started_at desc, id desc limit ${limit}`.execute(ctx.trx)
  return result.rows.map(present)
}

/** One run with its first `errorLimit` errors, or null when there is no such run here. */
export async function getImportRun(
  ctx: ServiceContext,
  runId: string,
  errorLimit = 100,
): Promise<ImportRunView | null> {
  const result = await sql<RunRow>`select ${columns},
      coalesce((select jsonb_agg(e) from (select e from jsonb_array_elements(errors) with ordinality
        as x(e, n) order by n limit ${errorLimit}) kept), '[]'::jsonb) as errors
    from import_runs where id = ${runId} and workspace_id = ${ctx.workspaceId}`.execute(ctx.trx)
  const row = result.rows[0]
  return row ? present(row) : null
}

/** A run's kept errors as CSV text (`line,column,message`), or null when there is no such run. */
export async function importErrorsCsv(ctx: ServiceContext, runId: string): Promise<string | null> {
  const row = await ctx.trx
    .selectFrom('importRuns')
    .select('errors')
    .where('id', '=', runId)
    .where('workspaceId', '=', ctx.workspaceId)
    .executeTakeFirst()
  return row ? importErrorsCsvText(row.errors) : null
}
