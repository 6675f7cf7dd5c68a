import type { Runtime } from '../../../../platform/runtime.js'
import { workspaceTimeZone } from '../../../identity/index.js'
import { mapCsvHeader, ORDER_CSV_COLUMNS, PRODUCT_CSV_COLUMNS } from '../../rules/csv/index.js'
import type { RunningImport } from './commit-import-batch.js'
import { CsvFileError, openCsvRecords } from './csv-records.js'
import { importOrderRecords } from './import-order-records.js'
import { importProductRecords } from './import-product-records.js'
import { finishImportRun, startImportRun } from './import-run-writes.js'
import { emptySummary, type ImportCsvOptions, type ImportSummary } from './import-summary.js'
import { PlannerStatistics } from './refresh-planner-statistics.js'

/**
 * Imports a CSV of orders or products as it streams (docs/import-csv.md): records an
 * `import_runs` row, writes batches of ~2,000 orders each in one transaction with the run's
 * progress, and rejects only the orders whose lines have errors. Idempotent on (source 'csv',
 * external id): importing a file again changes nothing. A file that cannot be read (empty,
 * required columns missing, a quote that never closes) ends the run as failed with `fatal` set;
 * other errors (the database) throw after marking the run failed.
 */
export async function importCsv(
  runtime: Runtime,
  options: ImportCsvOptions,
): Promise<ImportSummary> {
  const scope = { workspaceId: options.workspaceId, actor: options.actor }
  const { runId, timeZone } = await runtime.inWorkspace(scope, async (ctx) => ({
    runId: await startImportRun(ctx, {
      id: options.runId,
      kind: options.kind,
      fileName: options.fileName,
      bytesTotal: options.bytesTotal ?? null,
    }),
    timeZone: await workspaceTimeZone(ctx),
  }))
  const run: RunningImport = {
    runtime,
    options,
    summary: emptySummary(runId, options.kind, options.bytesTotal ?? null),
    errorsKept: 0,
    statistics: new PlannerStatistics(runtime, options.kind),
  }
  const { summary } = run
  const fail = async (message: string, line = 1) => {
    summary.status = 'failed'
    summary.fatal = message
    await runtime.inWorkspace(scope, (ctx) =>
      finishImportRun(ctx, runId, {
        status: 'failed',
        error: { line, column: null, message },
        progress: summary,
      }),
    )
    return summary
  }
  try {
    const source = await openCsvRecords(options.input)
    if (!source) return await fail('The file is empty: it needs a header row and data rows.')
    summary.delimiter = source.delimiter
    const orderHeader = mapCsvHeader(ORDER_CSV_COLUMNS, source.header)
    const productHeader = mapCsvHeader(PRODUCT_CSV_COLUMNS, source.header)
    const header = options.kind === 'orders' ? orderHeader : productHeader
    summary.ignoredColumns = header.ignored
    if (header.missing.length > 0) {
      await source.close()
      summary.missingColumns = header.missing
      return await fail(missingColumnsMessage(header.missing))
    }
    if (options.kind === 'orders') await importOrderRecords(run, source, orderHeader, timeZone)
    else await importProductRecords(run, source, productHeader)
    summary.encoding = source.encoding()
    summary.bytesRead = source.bytesRead()
    summary.status = 'finished'
    await runtime.inWorkspace(scope, (ctx) =>
      finishImportRun(ctx, runId, {
        status: 'finished',
        progress: summary,
        counts: {
          rowsRead: summary.rowsRead,
          rowsImported: summary.rowsImported,
          rowsFailed: summary.rowsFailed,
          created: summary.created,
          updated: summary.updated,
          unchanged: summary.unchanged,
        },
      }),
    )
    return summary
  } catch (error) {
    if (error instanceof CsvFileError) return await fail(error.message, error.line)
    await fail(
      `The import stopped: ${error instanceof Error ? error.message : String(error)}`,
    ).catch((failure) =>
      runtime.log.error({ err: failure, runId }, 'could not mark the import failed'),
    )
    summary.status = 'failed'
    throw error
  }
}

/** The message for a header that lacks required columns, naming each one. */
export function missingColumnsMessage(missing: string[]): string {
  return `The header lacks required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. See docs/import-csv.md for the accepted column names.`
}
