// Calendar dates as integer day numbers (days since 1970-01-01): the engine evaluates
// 100,000+ cases a second, so it avoids Date objects and parses 'YYYY-MM-DD' by hand.
// The conversions are Howard Hinnant's days_from_civil / civil_from_days algorithms.

/** The earliest and latest years the engine accepts; holidays are modelled for these. */
export const FIRST_YEAR = 1900
export const LAST_YEAR = 9000

const DIGIT_0 = 48

function digitsAt(text: string, from: number, count: number): number {
  let value = 0
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The day number of a calendar date given as year, month (1–12) and day. */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The year, month (1–12) and day of a day number. */
export function civilFromDay(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

/** The day number of a strict 'YYYY-MM-DD' date between FIRST_YEAR and LAST_YEAR, or NaN when the text is not such a real calendar date (e.g. '2026-02-30'). */
export function parseDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return NaN
  if (day < 1 || day > daysInMonth(year, month)) return NaN
  return dayFromCivil(year, month, day)
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

// Deadlines cluster on a few thousand days, so formatted dates are kept (bounded, like the
// holiday memo) instead of being rebuilt for every case.
const formatted = new Map<number, string>()
const FORMAT_MEMO_LIMIT = 100_000

/** The 'YYYY-MM-DD' text of a day number. */
export function formatDay(dayNumber: number): string {
  let text = formatted.get(dayNumber)
  if (text === undefined) {
    const [year, month, day] = civilFromDay(dayNumber)
    text = `${year}-${pad2(month)}-${pad2(day)}`
    if (formatted.size >= FORMAT_MEMO_LIMIT) formatted.clear()
    formatted.set(dayNumber, text)
  }
  return text
}

/** The ISO weekday of a day number: 1 for Monday through 7 for Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1
}

/** The same day number `months` months later, or the month's last day when that day does not exist (KC art. 112: 2024-02-29 + 12 months is 2025-02-28). */
export function addMonths(dayNumber: number, months: number): number {
  const [year, month, day] = civilFromDay(dayNumber)
  const monthIndex = year * 12 + (month - 1) + months
  const targetYear = Math.floor(monthIndex / 12)
  const targetMonth = (monthIndex % 12) + 1
  return dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
}
