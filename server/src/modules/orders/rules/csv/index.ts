export {
  type CsvColumn,
  ORDER_CSV_COLUMNS,
  type OrderCsvColumn,
  PRODUCT_CSV_COLUMNS,
  type ProductCsvColumn,
} from './csv-columns.js'
export { type CsvEncoding, CsvTextTranscoder } from './csv-text-encoding.js'
export { CSV_DELIMITERS, type CsvDelimiter, detectDelimiter } from './detect-delimiter.js'
export { type OrderLineBatch, OrderLineGrouper } from './group-order-lines.js'
export { importErrorsCsvText } from './import-errors-csv.js'
export { type CsvHeader, foldHeaderName, mapCsvHeader } from './map-csv-header.js'
export { currencyDigits, parseMinorAmount } from './parse-amount.js'
export { parseCsvDateTime } from './parse-date-time.js'
export { OrderLineReader } from './read-order-line.js'
export { type ProductRow, ProductRowReader } from './read-product-row.js'
