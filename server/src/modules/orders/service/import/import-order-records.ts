import {
  type CsvHeader,
  type OrderCsvColumn,
  type OrderLineBatch,
  OrderLineGrouper,
  OrderLineReader,
} from '../../rules/csv/index.js'
import { commitImportBatch, type RunningImport } from './commit-import-batch.js'
import type { CsvRecordStream } from './csv-records.js'
import { PipelinedWriter } from './pipelined-writer.js'
import { type OrderBatchPart, splitByBuyer } from './split-by-buyer.js'
import { upsertOrders } from './upsert-orders.js'

const DEFAULT_BATCH = 2000
// A PostgreSQL server writes two parts of a batch at once (two backends, two cores), leaving
// most of the pool to the app; embedded PGlite runs one transaction at a time, so there a batch
// stays whole.
const SERVER_PARTS = 2
const partsFor = (run: RunningImport) =>
  run.runtime.database.mode === 'server'
    ? Math.max(1, Math.min(SERVER_PARTS, Math.floor(run.runtime.config.dbPoolMax / 4)))
    : 1

/**
 * Streams order lines into batches of orders and writes each batch (orders, lines, customers,
 * timeline, the run's progress and the caller's `afterBatch`) in one transaction per part —
 * on a server the batch is split by buyer into parts written side by side — parsing the next
 * batch while the previous one is being written.
 */
export async function importOrderRecords(
  run: RunningImport,
  source: CsvRecordStream,
  header: CsvHeader<OrderCsvColumn>,
  timeZone: string,
): Promise<void> {
  const grouper = new OrderLineGrouper(
    new OrderLineReader(header, timeZone),
    run.options.batchSize ?? DEFAULT_BATCH,
  )
  const writer = new PipelinedWriter()
  const parts = partsFor(run)
  const commit = (part: OrderBatchPart, bytesRead: number) =>
    commitImportBatch(run, part, bytesRead, async (ctx) => {
      const result = await upsertOrders(ctx, part.orders)
      await run.options.afterBatch?.(ctx, result)
      return {
        created: result.created.length,
        updated: result.updated.length,
        unchanged: result.unchanged,
      }
    })
  const submit = (batch: OrderLineBatch, bytesRead: number) =>
    writer.submit(async () => {
      const settled = await Promise.allSettled(
        splitByBuyer(batch, parts).map((part) => commit(part, bytesRead)),
      )
      const failed = settled.find((s) => s.status === 'rejected')
      if (failed) throw failed.reason
    })
  try {
    for await (const records of source.chunks()) {
      for (const record of records) {
        let finished: OrderLineBatch | null = null
        if (record.fields === null)
          grouper.reject(record.line, `the line is not valid CSV: ${record.problem}`)
        else if (!isBlank(record.fields)) finished = grouper.add(record.fields, record.line)
        if (finished) await submit(finished, source.bytesRead())
      }
    }
    const last = grouper.finish()
    if (last.rows > 0) await submit(last, source.bytesRead())
  } catch (error) {
    // The batch in flight finishes first, so that the run's counters are final when it fails.
    await writer.drain().catch(() => {})
    throw error
  }
  await writer.drain()
}

/** A record of empty cells (Excel writes `;;;;` for blank rows): skipped, not counted. */
export function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false
  return true
}
