import { addDays } from './civil-date.js'
import { easterSunday } from './easter-sunday.js'

const cache = new Map<number, ReadonlySet<string>>()

/** The Polish statutory non-working days of `year` as sorted ISO dates, per art. 1 ust. 1 of the Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy (Dz.U. 1951 nr 4 poz. 28, as amended: Epiphany from 2011, Wigilia from 2025 under Dz.U. 2024 poz. 1965), e.g. 2025 includes '2025-12-24' and 2024 does not. */
export function polishPublicHolidays(year: number): string[] {
  const easter = easterSunday(year)
  const y = String(year).padStart(4, '0')
  // Only the list in force since 1990 (3 May and 11 November restored, 22 July dropped) is modelled.
  const dates = [
    `${y}-01-01`,
    ...(year >= 2011 ? [`${y}-01-06`] : []),
    easter,
    addDays(easter, 1),
    `${y}-05-01`,
    `${y}-05-03`,
    addDays(easter, 49),
    addDays(easter, 60),
    `${y}-08-15`,
    `${y}-11-01`,
    `${y}-11-11`,
    ...(year >= 2025 ? [`${y}-12-24`] : []),
    `${y}-12-25`,
    `${y}-12-26`,
  ]
  return dates.sort()
}

/** Whether an ISO date (YYYY-MM-DD) is a Polish statutory non-working day, per the same act as polishPublicHolidays. */
export function isPolishPublicHoliday(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4))
  let holidays = cache.get(year)
  if (!holidays) {
    holidays = new Set(polishPublicHolidays(year))
    cache.set(year, holidays)
  }
  return holidays.has(isoDate)
}
