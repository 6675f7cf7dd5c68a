import {
  type CsvHeader,
  type ProductCsvColumn,
  type ProductRow,
  ProductRowReader,
} from '../../rules/csv/index.js'
import type { ImportRowError } from '../../tables.js'
import { commitImportBatch, type RunningImport } from './commit-import-batch.js'
import type { CsvRecordStream } from './csv-records.js'
import { isBlank } from './import-order-records.js'
import { PipelinedWriter } from './pipelined-writer.js'
import { upsertProducts } from './upsert-products.js'

const DEFAULT_BATCH = 2000

/** Streams product rows into batches upserted on (workspace, SKU), one transaction each. */
export async function importProductRecords(
  run: RunningImport,
  source: CsvRecordStream,
  header: CsvHeader<ProductCsvColumn>,
): Promise<void> {
  const reader = new ProductRowReader(header)
  const size = run.options.batchSize ?? DEFAULT_BATCH
  const writer = new PipelinedWriter()
  let products: ProductRow[] = []
  let errors: ImportRowError[] = []
  let rows = 0
  let rejected = 0
  const submit = async () => {
    const batch = { products, rows, rowsRejected: rejected, errors }
    products = []
    errors = []
    rows = 0
    rejected = 0
    const bytesRead = source.bytesRead()
    await writer.submit(() =>
      commitImportBatch(run, batch, bytesRead, (ctx) => upsertProducts(ctx, batch.products)),
    )
  }
  try {
    for await (const records of source.chunks()) {
      for (const record of records) {
        if (record.fields && isBlank(record.fields)) continue
        rows++
        const product = record.fields && reader.read(record.fields, record.line, errors)
        if (product) products.push(product)
        else rejected++
        if (!record.fields)
          errors.push({
            line: record.line,
            column: null,
            message: `the line is not valid CSV: ${record.problem}`,
          })
        if (rows >= size) await submit()
      }
    }
    if (rows > 0) await submit()
  } catch (error) {
    await writer.drain().catch(() => {})
    throw error
  }
  await writer.drain()
}
