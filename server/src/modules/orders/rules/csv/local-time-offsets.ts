import { instantOfWallTime } from '../notifications/zoned-time.js'

const QUARTER_HOUR = 15 * 60 * 1000
const MAX_CACHED = 200_000
const cache = new Map<string, Map<number, number>>()

/**
 * The instant a wall-clock reading in `timeZone` denotes (given as if it were UTC), with
 * Temporal's "compatible" disambiguation: a time skipped by the spring-forward gap moves past
 * it, a repeated fall-back time is its first occurrence. Zones change offset on a quarter hour,
 * so one Intl computation serves every reading in the same quarter hour (imports repeat them).
 */
export function instantOfLocalTime(naiveUtcMs: number, timeZone: string): Date {
  let offsets = cache.get(timeZone)
  if (!offsets) {
    offsets = new Map()
    cache.set(timeZone, offsets)
  }
  const bucket = Math.floor(naiveUtcMs / QUARTER_HOUR)
  let offset = offsets.get(bucket)
  if (offset === undefined) {
    const start = new Date(bucket * QUARTER_HOUR)
    const instant = instantOfWallTime(
      {
        year: start.getUTCFullYear(),
        month: start.getUTCMonth() + 1,
        day: start.getUTCDate(),
        hour: start.getUTCHours(),
        minute: start.getUTCMinutes(),
        second: 0,
      },
      timeZone,
    )
    offset = start.getTime() - instant.getTime()
    if (offsets.size >= MAX_CACHED) offsets.clear()
    offsets.set(bucket, offset)
  }
  return new Date(naiveUtcMs - offset)
}
