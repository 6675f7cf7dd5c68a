/** Languages the export is rendered in. */
export type ExportLocale = 'pl' | 'en'

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML content and quoted attributes (the five characters HTML gives meaning). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch)
}

/**
 * An ISO timestamp as "2025-03-04 12:30 UTC": unambiguous in both languages and free of the
 * reader's time zone. Text that is not a date is shown as given.
 */
export function formatInstant(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

// ISO 4217 minor-unit exponents that are not 2; our markets' currencies (PLN, EUR, CZK, HUF,
// RON, BGN, GBP) all have 2.
const MINOR_UNIT_EXPONENT: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  ISK: 0,
  CLP: 0,
  VND: 0,
  BHD: 3,
  KWD: 3,
  JOD: 3,
  OMR: 3,
  TND: 3,
}

/** An amount in minor units as the reader's language writes it ("12 345,67 zł", "PLN 12,345.67"). */
export function formatMoney(minor: number, currency: string, locale: ExportLocale): string {
  const code = currency.toUpperCase()
  const exponent = MINOR_UNIT_EXPONENT[code] ?? 2
  const major = minor / 10 ** exponent
  try {
    return new Intl.NumberFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', {
      style: 'currency',
      currency: code,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    }).format(major)
  } catch {
    // Not an ISO 4217 code Intl knows: still show the number and what the source called it.
    return `${major.toFixed(exponent)} ${currency}`
  }
}
