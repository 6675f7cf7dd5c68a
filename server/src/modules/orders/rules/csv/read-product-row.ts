import type { ProductFlag } from '../../contract.js'
import type { ImportRowError } from '../../tables.js'
import { CsvCells } from './csv-cells.js'
import type { ProductCsvColumn } from './csv-columns.js'
import type { CsvHeader } from './map-csv-header.js'
import { parseProductFlags, parseWholeNumber } from './parse-order-values.js'

/** A catalogue entry as a products CSV gives it; `undefined` marks a column the file lacks. */
export interface ProductRow {
  sku: string
  name: string
  stock: number | null | undefined
  availabilityText: string | null | undefined
  flags: ProductFlag[] | undefined
}

const MAX_STOCK = 2_147_483_647 // the stock column is a PostgreSQL integer

/** Reads products rows: SKU and name required, stock a whole number ≥ 0 or empty. */
export class ProductRowReader {
  private readonly cells: CsvCells<ProductCsvColumn>

  constructor(header: CsvHeader<ProductCsvColumn>) {
    this.cells = new CsvCells(header)
  }

  /** One row as a product, or null when a cell is refused (errors recorded). */
  read(fields: readonly string[], line: number, errors: ImportRowError[]): ProductRow | null {
    const c = this.cells.at(fields, line, errors)
    const before = errors.length
    const sku = c.required('sku', 100)
    const name = c.required('name', 500)
    const stock = c.parse('stock', (t) => parseWholeNumber(t, 0, MAX_STOCK))
    const availabilityText = c.optional('availability_text', 500)
    const flags = c.parse('flags', parseProductFlags)
    if (errors.length > before) return null
    return {
      sku: sku as string,
      name: name as string,
      stock: c.has('stock') ? stock : undefined,
      availabilityText: c.has('availability_text') ? availabilityText : undefined,
      flags: c.has('flags') ? (flags ?? []) : undefined,
    }
  }
}
