import type { Actor, ServiceContext } from '../../../../platform/context.js'
import type { CsvDelimiter, CsvEncoding } from '../../rules/csv/index.js'
import type { ImportRowError } from '../../tables.js'
import type { UpsertResult } from './upsert-orders.js'

/** What `importCsv` reads and how it reports; see docs/import-csv.md for the file formats. */
export interface ImportCsvOptions {
  workspaceId: string
  actor: Actor
  kind: 'orders' | 'products'
  /** The file's bytes as they arrive (a file or request stream); never held whole. */
  input: AsyncIterable<Buffer | Uint8Array | string>
  fileName: string
  /** The file's size, for the percentage; unknown for a stream of unknown length. */
  bytesTotal?: number | null
  /** An existing run to (re)start, e.g. one created when a file was uploaded. */
  runId?: string
  /** Orders (or products) per transaction; default 2,000. */
  batchSize?: number
  /** Called after each committed batch with the totals so far. */
  onProgress?: (summary: ImportSummary) => void
  /** Called after each committed batch with all of its row errors (the run keeps 1,000). */
  onRowErrors?: (errors: ImportRowError[]) => void
  /** Runs inside each orders batch's transaction after the upsert (e.g. customer metrics). */
  afterBatch?: (ctx: ServiceContext, result: UpsertResult) => Promise<void>
}

/** A run's totals; `created`/`updated`/`unchanged` count orders (or products), rows count lines. */
export interface ImportSummary {
  runId: string
  kind: 'orders' | 'products'
  status: 'running' | 'finished' | 'failed'
  /** Why the file could not be read at all (empty, or required columns missing). */
  fatal: string | null
  missingColumns: string[]
  ignoredColumns: string[]
  encoding: CsvEncoding | null
  delimiter: CsvDelimiter | null
  bytesTotal: number | null
  bytesRead: number
  rowsRead: number
  rowsImported: number
  rowsFailed: number
  created: number
  updated: number
  unchanged: number
  /** Row errors seen, all counted (the run keeps the first 1,000). */
  errors: number
  batches: number
}

/** A fresh summary for a run that has just started. */
export function emptySummary(
  runId: string,
  kind: ImportSummary['kind'],
  bytesTotal: number | null,
): ImportSummary {
  return {
    runId,
    kind,
    status: 'running',
    fatal: null,
    missingColumns: [],
    ignoredColumns: [],
    encoding: null,
    delimiter: null,
    bytesTotal,
    bytesRead: 0,
    rowsRead: 0,
    rowsImported: 0,
    rowsFailed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: 0,
    batches: 0,
  }
}
