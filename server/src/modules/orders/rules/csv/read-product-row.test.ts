import { describe, expect, it } from 'vitest'
import type { ImportRowError } from '../../tables.js'
import { PRODUCT_CSV_COLUMNS } from './csv-columns.js'
import { mapCsvHeader } from './map-csv-header.js'
import { ProductRowReader } from './read-product-row.js'

describe('ProductRowReader', () => {
  it('reads SKU, name, stock, availability and flags', () => {
    const reader = new ProductRowReader(
      mapCsvHeader(PRODUCT_CSV_COLUMNS, ['SKU', 'Nazwa', 'Stan', 'Dostępność', 'Flagi']),
    )
    const errors: ImportRowError[] = []
    expect(
      reader.read(['KAWA-1', 'Kawa 1 kg', '12', 'wysyłka w 24 h', 'perishable'], 2, errors),
    ).toEqual({
      sku: 'KAWA-1',
      name: 'Kawa 1 kg',
      stock: 12,
      availabilityText: 'wysyłka w 24 h',
      flags: ['perishable'],
    })
    expect(reader.read(['KUBEK', 'Kubek z imieniem', '', '', ''], 3, errors)).toMatchObject({
      stock: null,
      availabilityText: null,
      flags: [],
    })
    expect(errors).toEqual([])
  })

  it('marks columns the file lacks as unknown (undefined), not empty', () => {
    const reader = new ProductRowReader(mapCsvHeader(PRODUCT_CSV_COLUMNS, ['sku', 'name']))
    expect(reader.read(['A', 'B'], 2, [])).toEqual({
      sku: 'A',
      name: 'B',
      stock: undefined,
      availabilityText: undefined,
      flags: undefined,
    })
  })

  it('refuses a negative or fractional stock and a missing name', () => {
    const reader = new ProductRowReader(mapCsvHeader(PRODUCT_CSV_COLUMNS, ['sku', 'name', 'stock']))
    const errors: ImportRowError[] = []
    expect(reader.read(['A', '', '-1'], 7, errors)).toBeNull()
    expect(errors).toEqual([
      { line: 7, column: 'name', message: 'name is required' },
      {
        line: 7,
        column: 'stock',
        message: 'stock "-1" is not a whole number from 0 to 2,147,483,647',
      },
    ])
  })
})
