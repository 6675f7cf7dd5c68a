import { describe, expect, it } from 'vitest'
import { minorUnitsOf } from './allegro-money.js'

describe('minorUnitsOf', () => {
  it('converts amounts that float arithmetic gets wrong, exactly', () => {
    // 0.29 * 100, 1.1 * 100, 4.35 * 100 and 1234567.89 * 100 are all off in binary floating point.
    const cases: Array<[string, number]> = [
      ['0.29', 29],
      ['1.10', 110],
      ['1.1', 110],
      ['4.35', 435],
      ['1234567.89', 123456789],
      ['19.90', 1990],
      ['7', 700],
      ['0.00', 0],
      ['-12.5', -1250],
    ]
    for (const [amount, minor] of cases) {
      expect(minorUnitsOf({ amount, currency: 'PLN' }), amount).toBe(minor)
    }
  })

  it('follows the currency exponent and refuses what it cannot represent', () => {
    expect(minorUnitsOf({ amount: '1500', currency: 'JPY' })).toBe(1500)
    expect(minorUnitsOf({ amount: '2.500', currency: 'KWD' })).toBe(2500)
    expect(minorUnitsOf({ amount: '12990.00', currency: 'HUF' })).toBe(1299000)
    expect(minorUnitsOf({ amount: '9.990', currency: 'PLN' })).toBe(999)
    expect(() => minorUnitsOf({ amount: '9.995', currency: 'PLN' })).toThrow(/finer/)
    expect(() => minorUnitsOf({ amount: '9,99', currency: 'PLN' })).toThrow(/Malformed/)
    expect(() => minorUnitsOf({ amount: '', currency: 'PLN' })).toThrow(/Malformed/)
  })
})
