import { formatDay } from '../../../components/case-clocks/format-day'

/**
 * A calendar date (YYYY-MM-DD, the seller's day in Europe/Warsaw) in the user's language, read
 * as UTC so that no browser time zone moves it to the day before.
 */
export function formatCivilDate(date: string | null | undefined): string {
  if (!date) return ''
  return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : formatDay(date)
}
