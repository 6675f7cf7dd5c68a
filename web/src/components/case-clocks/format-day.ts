import { localeTag } from '../../i18n/format'

/** A calendar date (YYYY-MM-DD) in the user's language, never shifted by the browser's zone. */
export function formatDay(day: string): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number)
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, date),
  )
}
