import { describe, expect, it } from 'vitest'
import { detectDelimiter } from './detect-delimiter.js'

describe('detectDelimiter', () => {
  it('picks the most frequent delimiter of the header line', () => {
    expect(detectDelimiter('order_number,placed_at,item_name')).toBe(',')
    expect(detectDelimiter('numer_zamowienia;data_zamowienia;nazwa')).toBe(';')
    expect(detectDelimiter('order_number\tplaced_at\titem_name')).toBe('\t')
  })

  it('ignores delimiters inside quoted header cells', () => {
    expect(detectDelimiter('"a;b;c;d",x,y')).toBe(',')
    expect(detectDelimiter('"Cena, brutto";Nazwa;SKU')).toBe(';')
  })

  it('prefers the semicolon on a tie, and the comma for a single column', () => {
    expect(detectDelimiter('a;b,c')).toBe(';')
    expect(detectDelimiter('sku')).toBe(',')
  })
})
