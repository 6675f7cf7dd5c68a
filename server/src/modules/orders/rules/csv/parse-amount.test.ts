import { describe, expect, it } from 'vitest'
import { isInvalid } from './invalid-value.js'
import { currencyDigits, parseMinorAmount } from './parse-amount.js'

const reason = (value: unknown) => (isInvalid(value) ? value.reason : value)

describe('currencyDigits', () => {
  it('follows ISO 4217 minor units', () => {
    expect(currencyDigits('PLN')).toBe(2)
    expect(currencyDigits('EUR')).toBe(2)
    expect(currencyDigits('JPY')).toBe(0)
    expect(currencyDigits('KWD')).toBe(3)
    expect(currencyDigits('XYZ')).toBeNull()
  })
})

describe('parseMinorAmount', () => {
  it.each([
    ['12.34', 1234],
    ['12,34', 1234],
    ['12,5', 1250],
    ['12', 1200],
    [',99', 99],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234 567,8', 123456780],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234.567', 123456700],
    ['12,500', 1250],
    ['-5,00', -500],
    ['0,00', 0],
    ['89,99', 8999],
  ])('reads %s as %i minor units of a 2-digit currency', (text, minor) => {
    expect(parseMinorAmount(text, 2)).toBe(minor)
  })

  it('converts exactly where floating point would not (0.29 × 100 is 28.999…)', () => {
    expect(parseMinorAmount('0,29', 2)).toBe(29)
    expect(parseMinorAmount('1.005', 3)).toBe(1005)
    expect(parseMinorAmount('90071992547409,91', 2)).toBe(9007199254740991)
    expect(reason(parseMinorAmount('90071992547409,99', 2))).toBe('is too large')
  })

  it('reads 0-digit currencies without a decimal part (JPY)', () => {
    expect(parseMinorAmount('1 200', 0)).toBe(1200)
    expect(parseMinorAmount('1200.00', 0)).toBe(1200)
    expect(reason(parseMinorAmount('12.5', 0))).toBe(
      'has decimals, but the currency has no minor unit',
    )
  })

  it('refuses what is not an amount, or is more precise than the currency', () => {
    expect(reason(parseMinorAmount('12,3,4', 2))).toBe('is not an amount')
    expect(reason(parseMinorAmount('12 zł', 2))).toBe('is not an amount')
    expect(reason(parseMinorAmount('1,2.3', 2))).toBe('is not an amount')
    expect(reason(parseMinorAmount('.', 2))).toBe('is not an amount')
    expect(reason(parseMinorAmount('1e5', 2))).toBe('is not an amount')
    expect(reason(parseMinorAmount('12 34,5', 2))).toBe('is not an amount')
    expect(reason(parseMinorAmount('1.234', 2))).toBe('has more than 2 decimal places')
  })
})
