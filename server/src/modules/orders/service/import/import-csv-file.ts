import fs from 'node:fs'
import path from 'node:path'
import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { importErrorsCsvText } from '../../rules/csv/index.js'
import { refreshCustomerMetrics } from '../apply-orders.js'
import { importCsv } from './import-csv.js'
import { importProgressLine, importSummaryText } from './import-progress-text.js'

/** Where a terminal command writes. */
interface Output {
  write(text: string): unknown
  isTTY?: boolean
}

const BAR_WIDTH = 28
const TTY_EVERY_MS = 100
const LOG_EVERY_MS = 5000

/** `orders.csv` → `orders.errors.csv` beside it. */
export function errorsFileOf(file: string): string {
  return /\.csv$/i.test(file) ? file.replace(/\.csv$/i, '.errors.csv') : `${file}.errors.csv`
}

/**
 * `aftersale import`: imports a CSV file into a workspace (named), drawing progress on stderr
 * (a redrawn bar on a terminal, a line every 5 s otherwise), printing a summary and writing
 * every row error to FILE.errors.csv. Exit codes: 0 all rows imported, 2 some rows failed,
 * 1 the file could not be imported (missing, empty, required columns absent).
 */
export async function importCsvFile(
  runtime: Runtime,
  options: {
    kind: 'orders' | 'products'
    file: string
    workspace: string
    stdout: Output
    stderr: Output
  },
): Promise<number> {
  const { file, stdout, stderr } = options
  const bytesTotal = await fs.promises.stat(file).then(
    (stat) => (stat.isFile() ? stat.size : null),
    () => null,
  )
  if (bytesTotal === null) {
    stderr.write(`File not found: ${file}\n`)
    return 1
  }
  const workspace = await runtime.database.db
    .selectFrom('workspaces')
    .select('id')
    .where('name', '=', options.workspace)
    .orderBy('createdAt')
    .executeTakeFirst()
  if (!workspace) {
    stderr.write(`No workspace is named "${options.workspace}"; pass --workspace NAME.\n`)
    return 1
  }
  const errorsFile = errorsFileOf(file)
  await fs.promises.rm(errorsFile, { force: true })
  let errorsOut: fs.WriteStream | null = null
  const started = performance.now()
  const elapsed = () => (performance.now() - started) / 1000
  let shownAt = 0
  const tty = stderr.isTTY === true
  const summary = await importCsv(runtime, {
    workspaceId: workspace.id,
    actor: systemActor('aftersale import'),
    kind: options.kind,
    input: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
    fileName: path.basename(file),
    bytesTotal,
    afterBatch: refreshCustomerMetrics,
    onRowErrors: (errors) => {
      const first = errorsOut === null
      errorsOut ??= fs.createWriteStream(errorsFile)
      errorsOut.write(importErrorsCsvText(errors, first))
    },
    onProgress: (progress) => {
      const now = performance.now()
      if (now - shownAt < (tty ? TTY_EVERY_MS : LOG_EVERY_MS)) return
      shownAt = now
      stderr.write(
        tty
          ? `\r${importProgressLine(progress, elapsed(), BAR_WIDTH)}\u001b[K`
          : `${importProgressLine(progress, elapsed())}\n`,
      )
    },
  })
  if (tty && shownAt > 0) stderr.write('\r\u001b[K')
  const closing = errorsOut as fs.WriteStream | null
  if (closing) await new Promise((resolve) => closing.end(resolve))
  if (summary.status === 'failed') {
    stderr.write(`${summary.fatal}\n`)
    return 1
  }
  stdout.write(`${importSummaryText(summary, elapsed())}\n`)
  if (summary.rowsFailed === 0) return 0
  stdout.write(`Rows not imported and why: ${errorsFile}\n`)
  return 2
}
