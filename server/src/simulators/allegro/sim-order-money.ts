import { SimRequestError } from './sim-params.js'

// Allegro sends amounts as strings "to avoid rounding errors" (spec `Price.amount`), so the
// simulator adds them up in integer hundredths and formats them back the same way.
const AMOUNT = /^(\d{1,9})(?:\.(\d{1,2}))?$/

/** Parses `"49.99"` into 4999 hundredths; a 400 for anything else. */
export function hundredthsOf(amount: string, path = 'amount'): number {
  const match = AMOUNT.exec(amount.trim())
  if (!match) throw new SimRequestError(400, path, `${path} must look like "123.45"`)
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** Formats hundredths as Allegro's amount string (`4999` → `"49.99"`). */
export function amountOf(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100)
  return `${whole}.${String(hundredths % 100).padStart(2, '0')}`
}
