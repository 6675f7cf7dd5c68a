import type { ImportRowError } from '../../tables.js'
import { type InvalidValue, isInvalid } from './invalid-value.js'
import type { CsvHeader } from './map-csv-header.js'

/**
 * Reads one record's cells by column name and collects row errors that name the column as
 * the file spells it and quote the refused value (`cena "12,3,4" is not an amount`).
 */
export class CsvCells<Name extends string> {
  fields: readonly string[] = []
  line = 0
  errors: ImportRowError[] = []

  constructor(private readonly header: CsvHeader<Name>) {}

  /** Points the reader at a record; errors go to `errors`. */
  at(fields: readonly string[], line: number, errors: ImportRowError[]): this {
    this.fields = fields
    this.line = line
    this.errors = errors
    return this
  }

  /** The trimmed cell, or '' when the column is absent or the record is short. */
  text(column: Name): string {
    const i = this.header.index[column]
    if (i < 0) return ''
    const value = this.fields[i]
    return value === undefined ? '' : value.trim()
  }

  /** True when the file has this column at all. */
  has(column: Name): boolean {
    return this.header.index[column] >= 0
  }

  /** The cell parsed, null when empty (or absent), undefined when refused (error recorded). */
  parse<T>(column: Name, parser: (text: string) => T | InvalidValue): T | null | undefined {
    const raw = this.text(column)
    if (raw === '') return null
    const value = parser(raw)
    if (isInvalid(value)) {
      this.refuse(column, `"${raw}" ${value.reason}`)
      return undefined
    }
    return value
  }

  /** The cell's text, recording "is required" when empty; `max` caps its length. */
  required(column: Name, max = 500): string | undefined {
    const raw = this.text(column)
    if (raw === '') {
      this.refuse(column, 'is required')
      return undefined
    }
    return this.capped(column, raw, max)
  }

  /** The cell's text or null, refused when longer than `max` characters. */
  optional(column: Name, max = 500): string | null | undefined {
    const raw = this.text(column)
    return raw === '' ? null : this.capped(column, raw, max)
  }

  /** Records an error for this record's column; `problem` follows the column name. */
  refuse(column: Name | null, problem: string): void {
    const label = column === null ? null : this.header.label[column]
    this.errors.push({
      line: this.line,
      column: label,
      message: label === null ? problem : `${label} ${problem}`,
    })
  }

  private capped(column: Name, raw: string, max: number): string | undefined {
    if (raw.length <= max) return raw
    this.refuse(column, `is longer than ${max} characters`)
    return undefined
  }
}
