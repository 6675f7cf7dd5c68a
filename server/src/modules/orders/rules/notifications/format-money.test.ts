import { describe, expect, it } from 'vitest'
import { currencyDigits, formatMoney } from './format-money.js'

// Intl separates currency and amount with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatMoney', () => {
  it('writes minor units as the buyer’s locale writes money', () => {
    expect(plain(formatMoney(12999, 'PLN', 'pl'))).toBe('129,99 zł')
    expect(plain(formatMoney(12999, 'EUR', 'de'))).toBe('129,99 €')
    expect(plain(formatMoney(12999, 'EUR', 'en-GB'))).toBe('€129.99')
    expect(plain(formatMoney(500, 'CZK', 'cs'))).toBe('5,00 Kč')
    expect(plain(formatMoney(123456789, 'PLN', 'pl'))).toBe('1 234 567,89 zł')
  })

  it('takes the number of minor digits from the currency, not a fixed 2', () => {
    expect(currencyDigits('JPY')).toBe(0)
    expect(currencyDigits('KWD')).toBe(3)
    expect(currencyDigits('pln')).toBe(2)
    expect(plain(formatMoney(1500, 'JPY', 'en'))).toBe('¥1,500')
    expect(plain(formatMoney(1234, 'KWD', 'en'))).toBe('KWD 1.234')
  })

  it('refuses fractional minor units and unknown currencies', () => {
    expect(() => formatMoney(12.5, 'PLN', 'pl')).toThrow(RangeError)
    expect(() => formatMoney(100, 'ZZZZ', 'pl')).toThrow(RangeError)
  })
})
