import { ORDER_CSV_COLUMNS } from './csv-columns.js'
import { mapCsvHeader } from './map-csv-header.js'
import { OrderLineReader } from './read-order-line.js'

/** A reader for tests over the given header, in Warsaw time. */
export function readerFor(headerCells: string[]): OrderLineReader {
  return new OrderLineReader(mapCsvHeader(ORDER_CSV_COLUMNS, headerCells), 'Europe/Warsaw')
}

/** Splits `;`-separated test lines (no quoting) into fields. */
export const cellsOf = (line: string) => line.split(';')
