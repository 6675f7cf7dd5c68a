/** A wall-clock reading in some time zone; `month` is 1-based. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what callers should see.
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

/** What a clock in `timeZone` shows at `instant` (IANA rules via Intl, DST included). */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

const asUtc = (wall: WallTime) =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)

/** The zone's offset from UTC at `instant`, in milliseconds (Warsaw in July: +2 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const seconds = Math.floor(instant / 1000) * 1000
  return asUtc(wallTimeAt(new Date(seconds), timeZone)) - seconds
}

/**
 * The instant a clock in `timeZone` shows `wall`, disambiguated like Temporal's "compatible"
 * mode: a time skipped by a spring-forward gap maps to just after the gap (02:30 → 03:30 CEST),
 * a time repeated by a fall-back overlap maps to its first occurrence.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const naive = asUtc(wall)
  const day = 24 * 3600 * 1000
  const before = offsetAt(naive - day, timeZone)
  const after = offsetAt(naive + day, timeZone)
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset)
    .filter((instant) => offsetAt(instant, timeZone) === naive - instant)
    .sort((a, b) => a - b)
  const first = candidates[0]
  return new Date(first ?? naive - before)
}

/** The calendar day after `wall`'s, at the same wall-clock time (month and year roll over). */
export function nextDay(wall: WallTime): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1))
  return {
    ...wall,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  }
}
