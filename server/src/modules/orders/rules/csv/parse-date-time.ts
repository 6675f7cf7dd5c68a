import { InvalidValue } from './invalid-value.js'
import { instantOfLocalTime } from './local-time-offsets.js'

// ISO 8601 / RFC 3339 with an explicit offset: the instant is unambiguous.
const WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)? ?(Z|[+-]\d{2}(?::?\d{2})?)$/i
// Wall-clock readings: 2024-03-05[ 14:30[:15]] or the Polish 05.03.2024[ 14:30[:15]].
const ISO_LOCAL =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?$/
const POLISH_LOCAL = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

const NOT_A_DATE = new InvalidValue(
  'is not a date (use 2024-03-05 14:30, 05.03.2024 14:30 or ISO 8601 with an offset)',
)
const FIRST_YEAR = 1990
const LAST_YEAR = 2100

/**
 * A CSV date-time as an instant. With an offset (`2024-03-05T14:30:00+01:00`, `…Z`) it is
 * taken as written; without one (`2024-03-05 14:30`, `05.03.2024`) it is a reading of the
 * workspace's clock in `timeZone`, DST included. A date without a time is the day's start, or
 * its last second with `dateOnly: 'end'` (a "ship by" day lasts until midnight).
 */
export function parseCsvDateTime(
  text: string,
  timeZone: string,
  dateOnly: 'start' | 'end' = 'start',
): Date | InvalidValue {
  const value = text.trim()
  let match = WITH_OFFSET.exec(value)
  if (match) {
    const [, y, mo, d, h, mi, s, fraction, zone] = match
    const naive = naiveUtc(+y!, +mo!, +d!, +h!, +mi!, +(s ?? 0))
    if (naive === null) return NOT_A_DATE
    const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0
    return new Date(naive + millis - offsetMs(zone!))
  }
  let parts: (string | undefined)[] | null = null
  match = ISO_LOCAL.exec(value)
  if (match) parts = match.slice(1)
  else {
    match = POLISH_LOCAL.exec(value)
    if (match) parts = [match[3], match[2], match[1], match[4], match[5], match[6]]
  }
  if (!parts) return NOT_A_DATE
  const [y, mo, d, h, mi, s] = parts
  const hasTime = h !== undefined
  const endOfDay = !hasTime && dateOnly === 'end'
  const naive = naiveUtc(
    +y!,
    +mo!,
    +d!,
    hasTime ? +h : endOfDay ? 23 : 0,
    hasTime ? +mi! : endOfDay ? 59 : 0,
    hasTime ? +(s ?? 0) : endOfDay ? 59 : 0,
  )
  if (naive === null) return NOT_A_DATE
  return instantOfLocalTime(naive, timeZone)
}

function naiveUtc(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  if (y < FIRST_YEAR || y > LAST_YEAR || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59)
    return null
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d < 1 || d > daysInMonth) return null
  return Date.UTC(y, mo - 1, d, h, mi, s)
}

function offsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0
  const sign = zone[0] === '-' ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000
}
