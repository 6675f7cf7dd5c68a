import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dhlExpressCheckDigit,
  glsCheckDigit,
  gs1CheckDigit,
  iso7064Mod3736,
  s10CheckDigit,
  upsCheckDigit,
} from './check-digits.js'

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** ISO 7064 hybrid-system validation: run the recursion over payload + check, end on sum 1. */
function validatesMod3736(full: string): boolean {
  let product = 36
  let sum = 0
  for (const char of full) {
    sum = (product + ALPHANUMERIC.indexOf(char)) % 36 || 36
    product = (sum * 2) % 37
  }
  return sum === 1
}

describe('check digits', () => {
  it('GS1 mod 10 matches GS1’s published SSCC and GTIN examples', () => {
    expect(gs1CheckDigit('10614141123456789')).toBe('7') // SSCC 106141411234567897
    expect(gs1CheckDigit('629104150021')).toBe('3') // GTIN-13 6291041500213
    expect(gs1CheckDigit('12a')).toBeNull()
  })

  it('UPU S10 matches the standard’s example and maps 10→0 and 11→5', () => {
    expect(s10CheckDigit('12345678')).toBe('5') // RR 12345678 5 PL
    // 8·0 + … = 0 → 11 − 0 = 11 → 5; serial 00000001 → 7 → 11 − 7 = 4
    expect(s10CheckDigit('00000000')).toBe('5')
    expect(s10CheckDigit('00000001')).toBe('4')
    // weights sum to 1 mod 11 for serial 00000003 (3·7 = 21 ≡ 10) → 11 − 10 = 1
    expect(s10CheckDigit('00000003')).toBe('1')
    expect(s10CheckDigit('1234567')).toBeNull()
  })

  it('UPS 1Z check digit matches UPS’s sample numbers', () => {
    expect(upsCheckDigit('999AA1012345678')).toBe('4') // 1Z999AA10123456784
    expect(upsCheckDigit('12345E660527223')).toBe('4') // 1Z12345E6605272234
    expect(upsCheckDigit('999aa1012345678')).toBeNull()
  })

  it('ISO 7064 MOD 37,36 check characters validate under the standard’s hybrid rule', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,30}$/), (payload) => {
        const check = iso7064Mod3736(payload)
        expect(check).not.toBeNull()
        expect(validatesMod3736(payload + check)).toBe(true)
        const wrong = ALPHANUMERIC[(ALPHANUMERIC.indexOf(check!) + 1) % 36]
        expect(validatesMod3736(payload + wrong)).toBe(false)
      }),
    )
    expect(iso7064Mod3736('abc')).toBeNull()
  })

  it('GLS check digit: weights 3,1 from the left, plus one', () => {
    // 3+2+9+4+15+6+21+8+27+0+3 = 98, +1 = 99 → 1
    expect(glsCheckDigit('12345678901')).toBe('1')
    // 0 + 1 = 1 → 9
    expect(glsCheckDigit('00000000000')).toBe('9')
    expect(glsCheckDigit('1234567890')).toBeNull()
  })

  it('DHL Express check digit is the first nine digits modulo 7', () => {
    expect(dhlExpressCheckDigit('123456789')).toBe('1') // 123456789 = 7 · 17636684 + 1
    expect(dhlExpressCheckDigit('000000007')).toBe('0')
    expect(dhlExpressCheckDigit('12345678')).toBeNull()
  })
})
