import { localeTag } from '../../../i18n/format'

/**
 * A calendar date (YYYY-MM-DD, the seller's day in Europe/Warsaw) in the user's language, read
 * as UTC so that no browser time zone moves it to the day before.
 */
export function formatCivilDate(date: string | null | undefined): string {
  if (!date) return ''
  const time = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(time)) return date
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(time)
}
