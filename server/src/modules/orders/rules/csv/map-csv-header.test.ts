import { describe, expect, it } from 'vitest'
import { ORDER_CSV_COLUMNS, PRODUCT_CSV_COLUMNS } from './csv-columns.js'
import { foldHeaderName, mapCsvHeader } from './map-csv-header.js'

describe('mapCsvHeader', () => {
  it('matches canonical names case-insensitively and Polish headers with diacritics', () => {
    const header = mapCsvHeader(ORDER_CSV_COLUMNS, [
      'Numer zamówienia',
      'DATA_ZAMOWIENIA',
      'E-mail kupującego',
      'Nazwa produktu',
      'Cena jednostkowa',
      'Ilość',
      'Item_Flags',
      'Kolor opakowania',
    ])
    expect(header.missing).toEqual([])
    expect(header.index.order_number).toBe(0)
    expect(header.index.placed_at).toBe(1)
    expect(header.index.buyer_email).toBe(2)
    expect(header.index.item_name).toBe(3)
    expect(header.index.item_unit_price).toBe(4)
    expect(header.index.item_quantity).toBe(5)
    expect(header.index.item_flags).toBe(6)
    expect(header.index.carrier).toBe(-1)
    expect(header.label.order_number).toBe('Numer zamówienia')
    expect(header.label.carrier).toBe('carrier')
    expect(header.ignored).toEqual(['Kolor opakowania'])
  })

  it('names every required column the file lacks, in format order', () => {
    const header = mapCsvHeader(ORDER_CSV_COLUMNS, ['order_number', 'item_name', 'buyer_email'])
    expect(header.missing).toEqual(['placed_at', 'item_unit_price'])
    expect(mapCsvHeader(PRODUCT_CSV_COLUMNS, ['Nazwa', 'Stan']).missing).toEqual(['sku'])
  })

  it('keeps the first of two cells naming one column and ignores the second', () => {
    const header = mapCsvHeader(PRODUCT_CSV_COLUMNS, ['sku', 'name', 'Kod produktu'])
    expect(header.index.sku).toBe(0)
    expect(header.ignored).toEqual(['Kod produktu'])
  })

  it('folds a BOM, Polish letters and punctuation', () => {
    expect(foldHeaderName('\uFEFFŁączna Kwota (zł)')).toBe('laczna_kwota_zl')
    expect(foldHeaderName('  Data płatności ')).toBe('data_platnosci')
  })
})
