import { instantOfWallTime } from '../notifications/zoned-time.js'

const DAY = 86_400_000
const MAX_CACHED_DAYS = 100_000
const dayOffsets = new Map<string, Map<number, number | null>>()

function wallTime(naiveUtcMs: number) {
  const at = new Date(naiveUtcMs)
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  }
}

const offsetOfWall = (naiveUtcMs: number, timeZone: string) =>
  naiveUtcMs - instantOfWallTime(wallTime(naiveUtcMs), timeZone).getTime()

/**
 * The instant a wall-clock reading in `timeZone` denotes (given as if it were UTC), with
 * Temporal's "compatible" disambiguation: a time skipped by the spring-forward gap moves past
 * it, a repeated fall-back time is its first occurrence. A day whose midnight and next midnight
 * have the same offset has it all day, so one Intl computation serves every reading of that day
 * (an import repeats days); only the two days a year with a DST change are resolved one by one.
 */
export function instantOfLocalTime(naiveUtcMs: number, timeZone: string): Date {
  let offsets = dayOffsets.get(timeZone)
  if (!offsets) {
    offsets = new Map()
    dayOffsets.set(timeZone, offsets)
  }
  const day = Math.floor(naiveUtcMs / DAY)
  let offset = offsets.get(day)
  if (offset === undefined) {
    const start = offsetOfWall(day * DAY, timeZone)
    offset = start === offsetOfWall((day + 1) * DAY, timeZone) ? start : null
    if (offsets.size >= MAX_CACHED_DAYS) offsets.clear()
    offsets.set(day, offset)
  }
  return new Date(naiveUtcMs - (offset ?? offsetOfWall(naiveUtcMs, timeZone)))
}
