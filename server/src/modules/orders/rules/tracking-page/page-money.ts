const formatters = new Map<string, { format: Intl.NumberFormat; digits: number }>()

/**
 * Formats minor units as the buyer's locale writes money ("98,00 zł", "PLN 98.00"), with the
 * currency's ISO 4217 minor digits as Intl knows them. Unlike the notifications' formatMoney
 * it keeps one formatter per locale and currency: a page formats every line, views are many.
 */
export function pageMoney(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`
  let entry = formatters.get(key)
  if (!entry) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency })
    entry = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 }
    formatters.set(key, entry)
  }
  return entry.format.format(minor / 10 ** entry.digits)
}
