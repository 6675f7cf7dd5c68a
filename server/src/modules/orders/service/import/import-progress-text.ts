import type { ImportSummary } from './import-summary.js'

const number = (n: number) => n.toLocaleString('en-US')

/** The share of the file read, 0–100, or null when its size is unknown. */
export function importPercent(summary: ImportSummary): number | null {
  if (summary.status === 'finished') return 100
  if (!summary.bytesTotal) return null
  return Math.min(100, Math.floor((100 * summary.bytesRead) / summary.bytesTotal))
}

/**
 * One progress line for a terminal: a bar when `width` is given (a TTY redraws it in place),
 * else plain text for logs: percent of bytes, rows, rows per second and errors so far.
 */
export function importProgressLine(
  summary: ImportSummary,
  elapsedSeconds: number,
  width?: number,
): string {
  const percent = importPercent(summary)
  const rate = elapsedSeconds > 0 ? Math.round(summary.rowsRead / elapsedSeconds) : 0
  const facts = [
    `${number(summary.rowsRead)} rows`,
    `${number(rate)} rows/s`,
    `${number(summary.rowsFailed)} failed`,
  ].join(' · ')
  const share = percent === null ? '' : `${String(percent).padStart(3)} %  `
  if (!width || percent === null) return `${share}${facts}`
  const filled = Math.round((width * percent) / 100)
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${share}${facts}`
}

/** The closing summary: rows imported and failed, and what happened to the orders (or products). */
export function importSummaryText(summary: ImportSummary, elapsedSeconds: number): string {
  const things = summary.kind === 'orders' ? 'orders' : 'products'
  const seconds = Math.max(elapsedSeconds, 0.001)
  return [
    `Imported ${number(summary.rowsImported)} of ${number(summary.rowsRead)} rows in ${seconds.toFixed(1)} s (${number(Math.round(summary.rowsRead / seconds))} rows/s).`,
    `  ${things}: ${number(summary.created)} new, ${number(summary.updated)} updated, ${number(summary.unchanged)} unchanged`,
    `  failed rows: ${number(summary.rowsFailed)}`,
  ].join('\n')
}
