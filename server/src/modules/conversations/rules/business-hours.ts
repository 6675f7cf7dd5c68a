/** A span of local wall-clock time within one day: 'HH:MM' from start (inclusive) to end (exclusive, '24:00' for midnight). */
export type TimeInterval = { start: string; end: string }

/** ISO weekday numbers, 1 for Monday through 7 for Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** Opening hours per ISO weekday; an empty array closes that day. */
export type WeeklyHours = Record<IsoWeekday, TimeInterval[]>

/** The outcome of validating opening hours: the normalised hours, or the first problem found. */
export type WeeklyHoursValidation =
  | { ok: true; hours: WeeklyHours }
  | { ok: false; problem: string }

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7]
const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/

const nineToFive = (): TimeInterval[] => [{ start: '09:00', end: '17:00' }]

/** The opening hours a new workspace gets: Monday to Friday 09:00–17:00. */
export const DEFAULT_BUSINESS_HOURS: Readonly<WeeklyHours> = Object.freeze({
  1: nineToFive(),
  2: nineToFive(),
  3: nineToFive(),
  4: nineToFive(),
  5: nineToFive(),
  6: [],
  7: [],
})

/** Minutes since local midnight for an 'HH:MM' clock reading, 1440 for '24:00' when `allowMidnightEnd`, or null when malformed. */
export function clockMinutes(clock: string, allowMidnightEnd = false): number | null {
  if (allowMidnightEnd && clock === '24:00') return 24 * 60
  if (!CLOCK.test(clock)) return null
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
}

/** Whether `input` is valid WeeklyHours (keys '1'–'7', missing days closed, intervals 'HH:MM' with end after start and no overlaps), naming the first problem otherwise. */
export function validateWeeklyHours(input: unknown): WeeklyHoursValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problem: 'hours must be an object keyed by ISO weekday 1 (Monday) to 7 (Sunday)',
    }
  }
  const unknownKey = Object.keys(input).find((key) => !/^[1-7]$/.test(key))
  if (unknownKey !== undefined) {
    return { ok: false, problem: `'${unknownKey}' is not an ISO weekday 1 (Monday) to 7 (Sunday)` }
  }
  const hours = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] } as WeeklyHours
  for (const day of WEEKDAYS) {
    const raw: unknown = (input as Record<string, unknown>)[day]
    if (raw === undefined) continue
    const checked = validateDay(DAY_NAMES[day]!, raw)
    if (typeof checked === 'string') return { ok: false, problem: checked }
    hours[day] = checked
  }
  return { ok: true, hours }
}

function validateDay(dayName: string, raw: unknown): TimeInterval[] | string {
  if (!Array.isArray(raw)) return `${dayName} must be a list of { start, end } intervals`
  const intervals: TimeInterval[] = []
  for (const [index, item] of raw.entries()) {
    const at = `${dayName} interval ${index + 1}`
    if (typeof item !== 'object' || item === null) return `${at} must be an object { start, end }`
    const { start, end } = item as Record<string, unknown>
    if (typeof start !== 'string' || clockMinutes(start) === null) {
      return `${at}: start ${JSON.stringify(start)} is not a time HH:MM between 00:00 and 23:59`
    }
    if (typeof end !== 'string' || clockMinutes(end, true) === null) {
      return `${at}: end ${JSON.stringify(end)} is not a time HH:MM between 00:00 and 24:00`
    }
    if (clockMinutes(end, true)! <= clockMinutes(start)!) {
      return `${at}: end ${end} is not after start ${start}`
    }
    intervals.push({ start, end })
  }
  // Zero-padded HH:MM strings sort chronologically.
  intervals.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  for (let i = 1; i < intervals.length; i++) {
    const previous = intervals[i - 1]!
    const current = intervals[i]!
    if (current.start < previous.end) {
      return `${dayName}: ${previous.start}–${previous.end} overlaps ${current.start}–${current.end}`
    }
  }
  return intervals
}
