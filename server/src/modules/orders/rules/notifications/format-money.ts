const digitsCache = new Map<string, number>()

/**
 * How many minor units a currency has, as ISO 4217 lists it and Intl reports it
 * (PLN 2, JPY 0, KWD 3). Throws RangeError for a code that is not a currency.
 */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase()
  let digits = digitsCache.get(code)
  if (digits === undefined) {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency: code })
    digits = options.resolvedOptions().maximumFractionDigits ?? 2
    digitsCache.set(code, digits)
  }
  return digits
}

/**
 * Formats an amount given in minor units the way the buyer's locale writes money
 * (`12999, 'PLN', 'pl'` → "129,99 zł"; `'de'` with EUR → "129,99 €").
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  if (!Number.isInteger(minor)) throw new RangeError(`minor units must be an integer: ${minor}`)
  const code = currency.toUpperCase()
  const digits = currencyDigits(code)
  // Division by a power of ten is exact enough for display at these magnitudes.
  const major = minor / 10 ** digits
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(major)
}
