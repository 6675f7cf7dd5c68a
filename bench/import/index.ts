// CSV import of orders through the real service (importCsv, as the CLI and the upload job run
// it): a generated 1,000,000-order file (≈1.3 lines each; BENCH_SCALE=small: 50,000) streamed
// into a fresh database, then the same file again. Targets: ≥ 20,000 rows/s on PostgreSQL,
// memory flat (RSS at 50 % ≈ at the end, far below the file's size).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { refreshCustomerMetrics } from '../../server/src/modules/orders/service/apply-orders.js'
import { importCsv } from '../../server/src/modules/orders/service/import/import-csv.js'
import type { ImportSummary } from '../../server/src/modules/orders/service/import/import-summary.js'
import { systemActor } from '../../server/src/platform/context.js'
import { scratchDatabase } from '../lib/database.js'
import { backendName, startBenchRuntime } from '../lib/runtime.js'
import { progress, round } from '../lib/stats.js'
import { isSmall, printTable } from '../lib/table.js'
import { addMember } from '../lib/workspace.js'
import { MemorySampler } from './memory-sampler.js'

const ORDERS = Number(process.env.BENCH_ORDERS ?? (isSmall ? 50_000 : 1_000_000))
const started = performance.now()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-bench-import-'))
const file = path.join(dir, 'zamowienia.csv')

const scratch = await scratchDatabase()
const { runtime, close } = await startBenchRuntime(scratch.env)
try {
  const writer = fileURLToPath(new URL('./write-orders-file.ts', import.meta.url))
  const lines = Number(
    execFileSync(process.execPath, ['--import', 'tsx', writer, file, String(ORDERS)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim(),
  )
  const bytes = fs.statSync(file).size
  progress(started, `${ORDERS} orders, ${lines} lines, ${round(bytes / 1024 / 1024)} MB written`)
  const { workspaceId } = await addMember(runtime, 'Kraina Kawy', 'Właścicielka', 'owner')

  const importOnce = async (label: string, memory: MemorySampler) => {
    let lastReport = 0
    let metricsMs = 0
    const t = performance.now()
    const summary = await importCsv(runtime, {
      workspaceId,
      actor: systemActor('bench'),
      kind: 'orders',
      input: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
      fileName: 'zamowienia.csv',
      bytesTotal: bytes,
      // As the upload job and the CLI run it; timed to show the customer metrics' share.
      afterBatch: async (ctx, result) => {
        const t = performance.now()
        await refreshCustomerMetrics(ctx, result)
        metricsMs += performance.now() - t
      },
      onProgress: (s: ImportSummary) => {
        if (s.bytesRead >= bytes * 0.1) memory.mark('10%')
        if (s.bytesRead >= bytes * 0.5) memory.mark('50%')
        if (s.bytesRead >= bytes * 0.9) memory.mark('90%')
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now()
          const seconds = (performance.now() - t) / 1000
          progress(
            started,
            `${label}: ${Math.floor((100 * s.bytesRead) / bytes)} %, ${s.rowsRead} rows, ${Math.round(s.rowsRead / seconds)} rows/s, RSS ${round(process.memoryUsage.rss() / 1024 / 1024)} MB`,
          )
        }
      },
    })
    const seconds = (performance.now() - t) / 1000
    memory.mark('end')
    return {
      summary,
      seconds,
      rowsPerSec: Math.round(summary.rowsRead / seconds),
      metricsSeconds: round(metricsMs / 1000),
    }
  }

  const memory = new MemorySampler(100)
  memory.mark('start')
  const first = await importOnce('import', memory)
  const peakRssMb = memory.stop()
  progress(started, `imported in ${round(first.seconds)} s`)
  const againMemory = new MemorySampler(100)
  const again = await importOnce('re-import', againMemory)
  const reimportPeakRssMb = againMemory.stop()

  const stored = await sql<{ orders: number; items: number; customers: number }>`select
      (select count(*)::int from orders where workspace_id = ${workspaceId}) as orders,
      (select count(*)::int from order_items where workspace_id = ${workspaceId}) as items,
      (select count(*)::int from customers where workspace_id = ${workspaceId}) as customers`
    .execute(runtime.database.db)
    .then((r) => r.rows[0]!)
  const failures = [
    first.summary.status !== 'finished' && `the import ended ${first.summary.status}`,
    first.summary.rowsRead !== lines && `read ${first.summary.rowsRead} rows of ${lines}`,
    first.summary.rowsFailed !== 0 && `${first.summary.rowsFailed} rows failed`,
    first.summary.created !== ORDERS && `${first.summary.created} orders created, not ${ORDERS}`,
    stored.orders !== ORDERS && `${stored.orders} orders stored`,
    stored.items !== lines && `${stored.items} order lines stored, not ${lines}`,
    again.summary.created + again.summary.updated !== 0 &&
      `the re-import changed ${again.summary.created + again.summary.updated} orders`,
  ].filter(Boolean)
  if (failures.length > 0) throw new Error(`import is not correct: ${failures.join('; ')}`)

  printTable(
    `CSV import: ${ORDERS} orders, ${lines} lines, ${round(bytes / 1024 / 1024)} MB, ${backendName()}`,
    [
      {
        what: 'first import (all new)',
        'rows/s': first.rowsPerSec,
        'orders/s': Math.round(ORDERS / first.seconds),
        seconds: round(first.seconds),
        'peak RSS MB': peakRssMb,
        'in customer metrics s': first.metricsSeconds,
        target: '≥ 20000 rows/s (PostgreSQL)',
      },
      {
        what: 're-import (all unchanged)',
        'rows/s': again.rowsPerSec,
        'orders/s': Math.round(ORDERS / again.seconds),
        seconds: round(again.seconds),
        'peak RSS MB': reimportPeakRssMb,
        'in customer metrics s': again.metricsSeconds,
        target: '0 changes',
      },
    ],
  )
  printTable('Memory while importing (RSS, MB)', [
    {
      start: memory.at('start'),
      'at 10 %': memory.at('10%'),
      'at 50 %': memory.at('50%'),
      'at 90 %': memory.at('90%'),
      end: memory.at('end'),
      peak: peakRssMb,
      'JS heap peak': memory.heapPeakMb(),
      'file MB': Math.round(bytes / 1024 / 1024),
    },
  ])
  process.stdout.write(
    'Notes: the real path of `aftersale import` and the upload job: streaming parse (csv-parse),\n' +
      `batches of 2,000 orders, each in one transaction with customers, lines, timeline, parcels,\n` +
      "the customers' order metrics and the run's progress; parsing overlaps writing. On\n" +
      'PostgreSQL each batch is written as two transactions side by side (split by buyer).\n' +
      "'in customer metrics' sums the time of the afterBatch hook (refreshCustomerMetrics) over\n" +
      'all transactions (with two side by side it can exceed half of the wall time).\n' +
      `Checked: ${stored.orders} orders, ${stored.items} lines and ${stored.customers} customers stored; the\n` +
      're-import created and updated nothing.\n',
  )
  process.stdout.write(
    `${JSON.stringify({
      name: 'import',
      rowsPerSec: first.rowsPerSec,
      peakRssMb,
      reimportRowsPerSec: again.rowsPerSec,
      orders: ORDERS,
      rows: lines,
      fileMb: Math.round(bytes / 1024 / 1024),
      seconds: round(first.seconds),
      reimportSeconds: round(again.seconds),
      customerMetricsSeconds: first.metricsSeconds,
      rssAtStartMb: memory.at('start'),
      rssAt10pctMb: memory.at('10%'),
      rssAt50pctMb: memory.at('50%'),
      rssAt90pctMb: memory.at('90%'),
      rssAtEndMb: memory.at('end'),
      heapPeakMb: memory.heapPeakMb(),
      reimportPeakRssMb,
      customers: stored.customers,
      backend: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    })}\n`,
  )
} finally {
  await close()
  await scratch.drop()
  fs.rmSync(dir, { recursive: true, force: true })
}
