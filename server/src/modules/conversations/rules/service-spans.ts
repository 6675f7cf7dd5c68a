import { clockMinutes } from './business-hours.js'
import { addDays, isoDateMs, isoWeekday, toIsoDate } from './civil-date.js'
import type { WorkingTimeCalendar } from './sla-calendar.js'
import { type Span, wallTimeSpans } from './wall-time-spans.js'
import { wallClockMs } from './zoned-time.js'

const MINUTE_MS = 60_000
// A longer run of days without working time means a broken calendar, not a long holiday.
const MAX_IDLE_DAYS = 400

/** The working-time spans of `calendar` from `fromMs` onwards in time order, clipped to start no earlier than `fromMs`, throwing when the calendar has no working time. */
export function* serviceSpans(fromMs: number, calendar: WorkingTimeCalendar): Generator<Span> {
  const weekly = minuteRanges(calendar)
  const { timeZone } = calendar
  // The day before can still own later instants when a repeated hour straddles midnight.
  let date = addDays(toIsoDate(wallClockMs(fromMs, timeZone)), -1)
  let cursor = fromMs
  let idleDays = 0
  for (;;) {
    let worked = false
    if (!calendar.isHoliday(date)) {
      const midnight = isoDateMs(date)
      for (const [from, to] of weekly[isoWeekday(date)] ?? []) {
        const fromWall = midnight + from * MINUTE_MS
        for (const [start, end] of wallTimeSpans(fromWall, midnight + to * MINUTE_MS, timeZone)) {
          const clipped = Math.max(start, cursor)
          if (clipped >= end) continue
          worked = true
          cursor = end
          yield [clipped, end]
        }
      }
    }
    idleDays = worked ? 0 : idleDays + 1
    if (idleDays > MAX_IDLE_DAYS) {
      throw new Error(`SLA calendar has no working time in the ${MAX_IDLE_DAYS} days up to ${date}`)
    }
    date = addDays(date, 1)
  }
}

function minuteRanges(calendar: WorkingTimeCalendar): Array<Array<[number, number]>> {
  const weekly: Array<Array<[number, number]>> = []
  let total = 0
  for (const day of [1, 2, 3, 4, 5, 6, 7] as const) {
    const ranges = (calendar.hours[day] ?? []).map(({ start, end }): [number, number] => {
      const from = clockMinutes(start)
      const to = clockMinutes(end, true)
      if (from === null || to === null) {
        throw new Error(`SLA calendar has a malformed interval on weekday ${day}: ${start}–${end}`)
      }
      total += Math.max(0, to - from)
      return [from, to]
    })
    weekly[day] = ranges.sort((a, b) => a[0] - b[0])
  }
  if (total === 0) throw new Error('SLA calendar has no working hours on any weekday')
  return weekly
}
