import type { TrackingLanguage } from '../../../orders/index.js'
import { LOCALE_OF } from '../../../orders/index.js'

const formatters = new Map<TrackingLanguage, Intl.DateTimeFormat>()

/** A calendar date (YYYY-MM-DD, Europe/Warsaw) written out with its year: "16 listopada 2026". */
export function formatCivilDate(isoDate: string, language: TrackingLanguage): string {
  let formatter = formatters.get(language)
  if (!formatter) {
    // UTC, so that the civil date is printed as is, never shifted by the server's zone.
    formatter = new Intl.DateTimeFormat(LOCALE_OF[language], {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
    formatters.set(language, formatter)
  }
  return formatter.format(new Date(`${isoDate}T00:00:00Z`))
}
