import type { CsvColumn } from './csv-columns.js'

/** Where each known column sits in a file, how the file spells it, and what is missing. */
export interface CsvHeader<Name extends string> {
  /** Field index per column; -1 when the file lacks it. */
  index: Record<Name, number>
  /** The header text as the file writes it (the canonical name when absent), for messages. */
  label: Record<Name, string>
  /** Required columns the file lacks, in format order. */
  missing: Name[]
  /** Header cells that name no known column (or repeat one); their values are not read. */
  ignored: string[]
}

/**
 * A header cell folded for matching: lower case, Polish diacritics removed (ł → l), every run
 * of other characters one `_` ("Numer zamówienia" → numer_zamowienia, "E-mail" → e_mail).
 */
export function foldHeaderName(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** Matches a header row to a format's columns by canonical name or alias, case-insensitively. */
export function mapCsvHeader<Name extends string>(
  columns: readonly CsvColumn<Name>[],
  cells: readonly string[],
): CsvHeader<Name> {
  const byName = new Map<string, CsvColumn<Name>>()
  for (const column of columns) {
    byName.set(column.name, column)
    for (const alias of column.aliases) if (!byName.has(alias)) byName.set(alias, column)
  }
  const index = {} as Record<Name, number>
  const label = {} as Record<Name, string>
  for (const column of columns) {
    index[column.name] = -1
    label[column.name] = column.name
  }
  const ignored: string[] = []
  cells.forEach((cell, i) => {
    const column = byName.get(foldHeaderName(cell))
    if (!column || index[column.name] !== -1) {
      if (cell.trim() !== '') ignored.push(cell.trim())
      return
    }
    index[column.name] = i
    label[column.name] = cell.trim()
  })
  const missing = columns.filter((c) => c.required && index[c.name] === -1).map((c) => c.name)
  return { index, label, missing, ignored }
}
