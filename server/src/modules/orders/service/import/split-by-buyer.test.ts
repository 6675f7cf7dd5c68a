import { describe, expect, it } from 'vitest'
import type { NormalizedOrder } from '../../contract.js'
import { splitByBuyer } from './split-by-buyer.js'

const order = (externalId: string, email: string | null, lines = 1): NormalizedOrder => ({
  source: 'csv',
  externalId,
  number: externalId,
  marketplace: 'shop',
  buyer: { name: null, email, phone: null, login: null },
  currency: 'PLN',
  items: Array.from({ length: lines }, () => ({ name: 'Kawa', quantity: 1, unitPriceMinor: 100 })),
  status: 'placed',
  placedAt: new Date('2024-03-05T10:00:00Z'),
})

describe('splitByBuyer', () => {
  const orders = Array.from({ length: 200 }, (_, i) =>
    order(`O-${i}`, i % 7 === 0 ? null : `buyer${i % 50}@example.com`, 1 + (i % 3)),
  )
  const batch = {
    orders,
    rows: orders.reduce((n, o) => n + o.items.length, 0) + 3,
    rowsRejected: 3,
    errors: [{ line: 9, column: null, message: 'x' }],
  }

  it('keeps every buyer in one part and accounts for every row', () => {
    const parts = splitByBuyer(batch, 2)
    expect(parts).toHaveLength(2)
    const partOf = new Map<string, number>()
    parts.forEach((part, i) => {
      for (const o of part.orders) {
        const email = o.buyer.email
        if (!email) continue
        expect(partOf.get(email) ?? i).toBe(i)
        partOf.set(email, i)
      }
    })
    expect(parts.reduce((n, p) => n + p.orders.length, 0)).toBe(200)
    expect(parts.reduce((n, p) => n + p.rows, 0)).toBe(batch.rows)
    expect(parts[0]?.rowsRejected).toBe(3)
    expect(parts[0]?.errors).toEqual(batch.errors)
    expect(parts[1]?.rowsRejected).toBe(0)
  })

  it('leaves a batch whole for one part', () => {
    expect(splitByBuyer(batch, 1)).toEqual([batch])
  })
})
