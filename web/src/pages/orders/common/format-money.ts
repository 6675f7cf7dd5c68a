import { localeTag } from '../../../i18n/format'

/**
 * Formats an amount in minor units ("12999", "PLN") as "129,99 zł". The minor-unit exponent
 * comes from Intl, which follows ISO 4217 (2 for PLN/EUR, 0 for JPY).
 */
export function formatMoney(minor: number, currency: string | null | undefined): string {
  if (!currency) return new Intl.NumberFormat(localeTag()).format(minor / 100)
  try {
    const format = new Intl.NumberFormat(localeTag(), { style: 'currency', currency })
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2
    return format.format(minor / 10 ** digits)
  } catch {
    // An unknown currency code: show the number and the code as given.
    return `${(minor / 100).toFixed(2)} ${currency}`
  }
}
