import { isoDateMs } from './civil-date.js'

const DAY_MS = 86_400_000
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // h23 because some ICU versions print midnight as hour 24 under hour12: false.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock reading of `instantMs` in IANA `timeZone`, as epoch milliseconds of that reading taken as UTC (throws RangeError for an unknown zone). */
export function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(instantMs)
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value)
  // Intl drops milliseconds; every real offset is a whole number of seconds, so carry them over.
  const millis = ((instantMs % 1000) + 1000) % 1000
  const seconds = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  )
  return seconds + millis
}

/** The offset of IANA `timeZone` from UTC at `instantMs` in milliseconds, positive east of Greenwich (3_600_000 for Warsaw in winter). */
export function timeZoneOffsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - instantMs
}

/** The local date and time of `instant` in `timeZone` as 'YYYY-MM-DDTHH:MM:SS', e.g. '2026-03-29T03:30:00' in Europe/Warsaw for 2026-03-29T01:30Z. */
export function utcToLocal(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 19)
}

/** The instant at which the wall clock of `timeZone` reads `local` ('YYYY-MM-DDTHH:MM[:SS]'), taking the earlier instant when the reading occurs twice and shifting forward by the gap when a DST change skips it (as Temporal's 'compatible'). */
export function localToUtc(local: string, timeZone: string): Date {
  const match = LOCAL_DATE_TIME.exec(local)
  const [hour, minute, second] = [match?.[2], match?.[3], match?.[4] ?? '0'].map(Number)
  if (!match || hour! > 23 || minute! > 59 || second! > 59) {
    throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:MM[:SS]): '${local}'`)
  }
  const wall = isoDateMs(match[1]!) + ((hour! * 60 + minute!) * 60 + second!) * 1000
  const offsetBefore = timeZoneOffsetMs(wall - DAY_MS, timeZone)
  const offsetAfter = timeZoneOffsetMs(wall + DAY_MS, timeZone)
  const candidates = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b)
  // In a gap the pre-transition offset lands after the change, the wall time plus the gap.
  return new Date(candidates[0] ?? wall - offsetBefore)
}
