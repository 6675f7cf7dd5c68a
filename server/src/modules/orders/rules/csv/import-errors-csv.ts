import type { ImportRowError } from '../../tables.js'

// OWASP "CSV Injection": a cell starting with one of these runs as a formula in spreadsheets.
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * Row errors as an RFC 4180 CSV (`line,column,message`, CRLF), safe to open in a spreadsheet;
 * without the header row when appending to a file that has it.
 */
export function importErrorsCsvText(errors: readonly ImportRowError[], withHeader = true): string {
  if (!withHeader && errors.length === 0) return ''
  const lines = withHeader ? ['line,column,message'] : []
  for (const error of errors)
    lines.push([String(error.line), cell(error.column ?? ''), cell(error.message)].join(','))
  return `${lines.join('\r\n')}\r\n`
}
