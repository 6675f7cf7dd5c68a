import type { AllegroPrice } from './allegro-order-types.js'

// ISO 4217 minor-unit exponents that differ from 2; Allegro's markets (PLN, CZK, HUF, EUR)
// all use 2, the rest are here so a foreign currency never silently scales by 100.
const EXPONENT: Record<string, number> = {
  BHD: 3,
  CLP: 0,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  OMR: 3,
  TND: 3,
  UGX: 0,
  VND: 0,
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

/**
 * Converts Allegro's decimal amount string to integer minor units by string arithmetic, so
 * "0.29" is exactly 29 (float maths gives 28.999…). Throws on malformed amounts and on
 * fractions finer than the currency's minor unit.
 */
export function minorUnitsOf(price: AllegroPrice): number {
  const match = DECIMAL.exec(price.amount.trim())
  if (!match) throw new Error(`Malformed Allegro amount "${price.amount}"`)
  const digits = EXPONENT[price.currency.toUpperCase()] ?? 2
  const fraction = (match[3] ?? '').replace(/0+$/, '')
  if (fraction.length > digits) {
    throw new Error(`Amount "${price.amount}" is finer than ${price.currency} minor units`)
  }
  const value = Number(`${match[2]}${fraction.padEnd(digits, '0')}`)
  if (!Number.isSafeInteger(value)) throw new Error(`Amount "${price.amount}" is too large`)
  return match[1] === '-' && value !== 0 ? -value : value
}
