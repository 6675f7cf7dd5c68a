import { InvalidValue } from './invalid-value.js'

const digitsByCurrency = new Map<string, number | null>()
const KNOWN = new Set(Intl.supportedValuesOf('currency'))

/**
 * How many minor-unit digits a currency has (PLN 2, JPY 0, KWD 3) per ISO 4217 as CLDR
 * carries it in Intl, or null for a code that is not a currency.
 */
export function currencyDigits(currency: string): number | null {
  let digits = digitsByCurrency.get(currency)
  if (digits === undefined) {
    digits = KNOWN.has(currency)
      ? (new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2)
      : null
    digitsByCurrency.set(currency, digits)
  }
  return digits
}

const SPACE = /[\s\u00a0\u202f\u2009']/
const SPACES = /[\s\u00a0\u202f\u2009']/g
const GROUPED = /^\d{1,3}(?: \d{3})+$/

/**
 * A decimal amount converted exactly to minor units (no floating point): `12.5`, `12,50`,
 * `1 234,56`, `1.234,56` and `1,234.56` are accepted; when both `.` and `,` appear the last is
 * the decimal mark, a mark repeated more than once groups thousands, spaces always group.
 * More decimals than the currency has are refused unless they are zeros (`12,500` for PLN).
 */
export function parseMinorAmount(text: string, digits: number): number | InvalidValue {
  const notAmount = new InvalidValue('is not an amount')
  let body = text.trim()
  let sign = 1
  if (body.startsWith('-') || body.startsWith('+')) {
    if (body[0] === '-') sign = -1
    body = body.slice(1).trimStart()
  }
  if (SPACE.test(body)) body = body.replace(SPACES, ' ')
  const lastDot = body.lastIndexOf('.')
  const lastComma = body.lastIndexOf(',')
  let decimalMark: '.' | ',' | null = null
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ','
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ','
    if (body.indexOf(mark) === body.lastIndexOf(mark)) decimalMark = mark
  }
  let integer = body
  let fraction = ''
  if (decimalMark) {
    const at = body.lastIndexOf(decimalMark)
    integer = body.slice(0, at)
    fraction = body.slice(at + 1)
    if (!/^\d*$/.test(fraction)) return notAmount
  }
  const grouping = decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : /[.,]/.exec(body)?.[0]
  if (grouping) integer = integer.replaceAll(grouping, ' ')
  if (integer.includes(' ')) {
    if (!GROUPED.test(integer)) return notAmount
    integer = integer.replaceAll(' ', '')
  } else if (!/^\d*$/.test(integer)) return notAmount
  if (integer === '' && fraction === '') return notAmount
  if (fraction.length > digits) {
    if (!/^0*$/.test(fraction.slice(digits)))
      return new InvalidValue(
        digits === 0
          ? 'has decimals, but the currency has no minor unit'
          : `has more than ${digits} decimal places`,
      )
    fraction = fraction.slice(0, digits)
  }
  const minor = Number(`${integer || '0'}${fraction.padEnd(digits, '0')}`)
  if (!Number.isSafeInteger(minor)) return new InvalidValue('is too large')
  return sign * minor || 0
}
