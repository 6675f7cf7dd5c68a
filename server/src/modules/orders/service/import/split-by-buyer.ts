import type { NormalizedOrder } from '../../contract.js'
import type { OrderLineBatch } from '../../rules/csv/index.js'
import type { BatchRows } from './commit-import-batch.js'
import { buyerIdentity } from './order-customers.js'

/** Part of a batch written in its own transaction, beside the other parts. */
export interface OrderBatchPart extends BatchRows {
  orders: NormalizedOrder[]
}

// FNV-1a: a fast, well-spread hash of the buyer key (not for security).
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/**
 * Splits a batch into `parts` groups whose buyers never meet: every order of one buyer identity
 * (the identity customers are resolved by) lands in the same part, so parts written at the same
 * time never race to create the same customer. Rejected rows and errors go with the first part.
 */
export function splitByBuyer(batch: OrderLineBatch, parts: number): OrderBatchPart[] {
  if (parts <= 1) return [batch]
  const split: OrderBatchPart[] = Array.from({ length: parts }, () => ({
    orders: [],
    rows: 0,
    rowsRejected: 0,
    errors: [],
  }))
  const first = split[0] as OrderBatchPart
  first.rows = batch.rowsRejected
  first.rowsRejected = batch.rowsRejected
  first.errors = batch.errors
  for (const order of batch.orders) {
    const identity = buyerIdentity(order)
    const key = identity ? `${identity.kind}\u0000${identity.externalId}` : order.externalId
    const part = split[fnv1a(key) % parts] as OrderBatchPart
    part.orders.push(order)
    // Each imported line became one item of its order.
    part.rows += order.items.length
  }
  return split.filter((part) => part.rows > 0)
}
