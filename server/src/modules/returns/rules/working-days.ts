import { isPolishPublicHoliday } from '../../conversations/rules/polish-holidays.js'
import { formatDay, isoWeekdayOf, parseDay } from './day-number.js'

// Memoised per day: the engine asks about the same few hundred days millions of times. The
// bound keeps a scan over centuries (property tests) from growing the map without limit.
const holidayByDay = new Map<number, boolean>()
const MEMO_LIMIT = 100_000

/** Whether a day number is a Saturday, Sunday or Polish public holiday (Ustawa o dniach wolnych od pracy art. 1), the days on which a period does not end (KC art. 115). */
export function isNonWorkingDay(dayNumber: number): boolean {
  if (isoWeekdayOf(dayNumber) >= 6) return true
  let holiday = holidayByDay.get(dayNumber)
  if (holiday === undefined) {
    holiday = isPolishPublicHoliday(formatDay(dayNumber))
    if (holidayByDay.size >= MEMO_LIMIT) holidayByDay.clear()
    holidayByDay.set(dayNumber, holiday)
  }
  return holiday
}

/** The day itself when it is a working day, else the next working day (KC art. 115; Reg. 1182/71 art. 3(4)). */
export function shiftToWorkingDayNumber(dayNumber: number): number {
  let day = dayNumber
  while (isNonWorkingDay(day)) day++
  return day
}

/** The 'YYYY-MM-DD' date itself when a working day, else the next working day (KC art. 115); throws for a malformed date. */
export function shiftToWorkingDay(isoDate: string): string {
  const day = parseDay(isoDate)
  if (Number.isNaN(day)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): '${isoDate}'`)
  return formatDay(shiftToWorkingDayNumber(day))
}
