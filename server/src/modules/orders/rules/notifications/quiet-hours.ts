import { instantOfWallTime, nextDay, wallTimeAt } from './zoned-time.js'

/**
 * A seller's quiet period for SMS, in the seller's own time zone. `start` and `end` are `HH:MM`;
 * a window with `start` after `end` crosses midnight (21:00–08:00), equal times mean none.
 */
export interface QuietHours {
  timeZone: string
  start: string
  end: string
}

/**
 * The default quiet period, 21:00–08:00 in Warsaw. No Polish statute sets quiet hours for
 * transactional SMS: Prawo komunikacji elektronicznej art. 398 (formerly Prawo
 * telekomunikacyjne art. 172) governs consent to marketing, and persistent unwanted
 * solicitation is an aggressive practice under the Act on counteracting unfair market practices
 * (ustawa o przeciwdziałaniu nieuczciwym praktykom rynkowym) art. 9 pkt 3. Not waking buyers is
 * courtesy, so this is a seller setting; SMSAPI offers the same as `time_restriction`.
 */
export const DEFAULT_QUIET_HOURS: QuietHours = {
  timeZone: 'Europe/Warsaw',
  start: '21:00',
  end: '08:00',
}

function minutesOf(value: string, field: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value)
  if (!match) throw new RangeError(`quiet hours ${field} must be HH:MM, got "${value}"`)
  return Number(match[1]) * 60 + Number(match[2])
}

/**
 * Null when a message may go out at `now`; otherwise the instant the quiet period ends, read
 * on the seller's wall clock (so a window ending 08:00 ends at 08:00 on DST days too; an end
 * time skipped by a spring-forward gap ends just after the gap).
 */
export function quietHoursEnd(now: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null
  const start = minutesOf(quiet.start, 'start')
  const end = minutesOf(quiet.end, 'end')
  if (start === end) return null
  const wall = wallTimeAt(now, quiet.timeZone)
  const minute = wall.hour * 60 + wall.minute
  const crossesMidnight = start > end
  const quietNow = crossesMidnight
    ? minute >= start || minute < end
    : minute >= start && minute < end
  if (!quietNow) return null
  const endWall = { ...wall, hour: Math.floor(end / 60), minute: end % 60, second: 0 }
  // Before midnight the window ends tomorrow; after midnight (or same-day windows) today.
  const endDay = crossesMidnight && minute >= start ? nextDay(endWall) : endWall
  const endsAt = instantOfWallTime(endDay, quiet.timeZone)
  // In a fall-back overlap the wall-clock end may already have passed once: the window is over.
  return endsAt.getTime() > now.getTime() ? endsAt : null
}
