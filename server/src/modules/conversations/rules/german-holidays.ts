import { addDays } from './civil-date.js'
import { easterSunday } from './easter-sunday.js'

const cache = new Map<number, ReadonlySet<string>>()

/** The public holidays observed in all 16 German Länder in `year` as sorted ISO dates, per the Länder Feiertagsgesetze and, for 3 October, Art. 2 Abs. 2 Einigungsvertrag, e.g. 2025 includes Karfreitag '2025-04-18'. */
export function germanNationwideHolidays(year: number): string[] {
  const easter = easterSunday(year)
  const y = String(year).padStart(4, '0')
  // Tag der Deutschen Einheit is modelled from 1990 on; the pre-1990 West German 17 June is not.
  const dates = [
    `${y}-01-01`,
    addDays(easter, -2),
    addDays(easter, 1),
    `${y}-05-01`,
    addDays(easter, 39),
    addDays(easter, 50),
    ...(year >= 1990 ? [`${y}-10-03`] : []),
    // Every Land declared the 500th Reformation anniversary a one-off holiday.
    ...(year === 2017 ? [`${y}-10-31`] : []),
    `${y}-12-25`,
    `${y}-12-26`,
  ]
  // Ascension falls on 1 May in some years (2008, 2160), so drop the duplicate.
  return [...new Set(dates)].sort()
}

/** Whether an ISO date (YYYY-MM-DD) is a public holiday in all German Länder, per germanNationwideHolidays. */
export function isGermanNationwideHoliday(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4))
  let holidays = cache.get(year)
  if (!holidays) {
    holidays = new Set(germanNationwideHolidays(year))
    cache.set(year, holidays)
  }
  return holidays.has(isoDate)
}
