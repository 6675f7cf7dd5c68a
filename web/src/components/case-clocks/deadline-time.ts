const DAY_MS = 86_400_000

/** The wall-clock offset of a time zone at an instant, in ms (Warsaw: +1 h or +2 h). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0)
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  )
  return wall - Math.floor(instant / 1000) * 1000
}

function utcMidnight(day: string): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number)
  return Date.UTC(year, month - 1, date)
}

/** Today's date (YYYY-MM-DD) in the workspace's time zone. */
export function todayIn(timeZone: string, now: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(now))
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS)
}

/**
 * The instant a day-counted deadline runs out: midnight after its last day in the workspace's
 * zone (KC art. 111 §1 — a period in days ends with the end of its last day).
 */
export function deadlineEndsAt(lastDay: string, timeZone: string): number {
  const wallMidnight = utcMidnight(lastDay) + DAY_MS
  // Two passes settle the offset on days when the clocks change.
  const first = wallMidnight - zoneOffsetMs(wallMidnight, timeZone)
  return wallMidnight - zoneOffsetMs(first, timeZone)
}
