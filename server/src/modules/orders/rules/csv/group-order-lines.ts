import type { NormalizedOrder, NormalizedShipment } from '../../contract.js'
import type { ImportRowError } from '../../tables.js'
import type { OrderHead, OrderLine, OrderLineReader } from './read-order-line.js'

/** Orders assembled from a run of CSV lines, with the lines that were refused and why. */
export interface OrderLineBatch {
  orders: NormalizedOrder[]
  /** Data lines in the batch (imported or not). */
  rows: number
  /** Lines not imported: a line with an error takes its whole order with it. */
  rowsRejected: number
  errors: ImportRowError[]
}

interface PendingOrder {
  key: string
  head: OrderHead | null
  lines: number[]
  lineItems: OrderLine[]
  errors: ImportRowError[]
}

/** An order with more lines than this is refused (a runaway file would otherwise fill memory). */
export const MAX_LINES_PER_ORDER = 1000

/**
 * Groups order lines into orders and orders into batches. Lines of one order carry the same
 * external_id (else order_number); the order's columns are read from its first line. A line
 * whose order is already in the current batch joins it even when not adjacent; once a batch
 * is handed out, a later line with that key starts a new order that replaces the first one
 * when written (docs/import-csv.md). A batch is closed only when a new order begins, so the
 * lines of one order never straddle two batches.
 */
export class OrderLineGrouper {
  private pending = new Map<string, PendingOrder>()
  private rows = 0
  private loose: ImportRowError[] = []
  private looseRows = 0

  constructor(
    private readonly reader: OrderLineReader,
    private readonly batchSize: number,
  ) {}

  /** Adds a data line; returns the finished batch when this line opens an order past a full one. */
  add(fields: readonly string[], line: number): OrderLineBatch | null {
    const key = this.reader.keyOf(fields)
    if (key === '') {
      this.reject(line, 'order_number is required (it groups the lines of an order)')
      return null
    }
    const known = this.pending.get(key)
    let finished: OrderLineBatch | null = null
    let order = known
    if (!order) {
      if (this.pending.size >= this.batchSize) finished = this.finish()
      order = { key, head: null, lines: [], lineItems: [], errors: [] }
      order.head = this.reader.readHead(fields, line, order.errors)
      this.pending.set(key, order)
    }
    this.rows++
    order.lines.push(line)
    if (order.lines.length > MAX_LINES_PER_ORDER) {
      if (order.lines.length === MAX_LINES_PER_ORDER + 1)
        order.errors.push({
          line,
          column: null,
          message: `order ${key} has more than ${MAX_LINES_PER_ORDER} lines`,
        })
      return finished
    }
    const digits = order.head?.currencyDigits ?? 2
    const read = this.reader.readLine(fields, line, digits, order.errors)
    if (read) order.lineItems.push(read)
    return finished
  }

  /** Records a line that belongs to no order (unreadable CSV, no order number). */
  reject(line: number, message: string): void {
    this.rows++
    this.looseRows++
    this.loose.push({ line, column: null, message })
  }

  /** The batch so far (possibly empty), and a fresh one begins. */
  finish(): OrderLineBatch {
    const batch: OrderLineBatch = {
      orders: [],
      rows: this.rows,
      rowsRejected: this.looseRows,
      errors: this.loose,
    }
    for (const order of this.pending.values()) {
      if (order.errors.length === 0 && order.head) {
        batch.orders.push(assemble(order.head, order.lineItems))
        continue
      }
      batch.rowsRejected += order.lines.length
      const first = order.errors[0]?.line ?? order.lines[0]
      const faulty = new Set(order.errors.map((e) => e.line))
      batch.errors.push(...order.errors)
      for (const line of order.lines)
        if (!faulty.has(line))
          batch.errors.push({
            line,
            column: null,
            message: `not imported: order ${order.key} has an error on line ${first}`,
          })
    }
    batch.errors.sort((a, b) => a.line - b.line)
    this.pending = new Map()
    this.rows = 0
    this.loose = []
    this.looseRows = 0
    return batch
  }
}

function assemble(head: OrderHead, lineItems: OrderLine[]): NormalizedOrder {
  const { currencyDigits: _digits, ...order } = head
  const parcels = new Map<string, NormalizedShipment>()
  for (const { shipment } of lineItems)
    if (shipment && !parcels.has(shipment.trackingNumber))
      parcels.set(shipment.trackingNumber, shipment)
  return {
    ...order,
    items: lineItems.map((l) => l.item),
    ...(parcels.size > 0 ? { shipments: [...parcels.values()] } : {}),
  }
}
