import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_QUIET_HOURS, quietHoursEnd } from './quiet-hours.js'
import { offsetAt, wallTimeAt } from './zoned-time.js'

const at = (iso: string) => new Date(iso)
const warsaw = DEFAULT_QUIET_HOURS

describe('quietHoursEnd', () => {
  it('allows sending when there are no quiet hours or the window is empty', () => {
    expect(quietHoursEnd(at('2025-01-15T23:00:00Z'), null)).toBeNull()
    const empty = { timeZone: 'Europe/Warsaw', start: '08:00', end: '08:00' }
    expect(quietHoursEnd(at('2025-01-15T23:00:00Z'), empty)).toBeNull()
  })

  it('ends a window crossing midnight at the next morning, Warsaw time (CET)', () => {
    // 21:30 CET → 08:00 CET tomorrow.
    expect(quietHoursEnd(at('2025-01-15T20:30:00Z'), warsaw)).toEqual(at('2025-01-16T07:00:00Z'))
    // 07:30 CET → 08:00 CET today.
    expect(quietHoursEnd(at('2025-01-15T06:30:00Z'), warsaw)).toEqual(at('2025-01-15T07:00:00Z'))
    // Exactly 21:00 is quiet; exactly 08:00 and 20:59 are not.
    expect(quietHoursEnd(at('2025-01-15T20:00:00Z'), warsaw)).toEqual(at('2025-01-16T07:00:00Z'))
    expect(quietHoursEnd(at('2025-01-15T07:00:00Z'), warsaw)).toBeNull()
    expect(quietHoursEnd(at('2025-01-15T19:59:00Z'), warsaw)).toBeNull()
  })

  it('uses summer time in summer and follows the clock across DST changes', () => {
    // 22:00 CEST in July → 08:00 CEST = 06:00 UTC.
    expect(quietHoursEnd(at('2025-07-01T20:00:00Z'), warsaw)).toEqual(at('2025-07-02T06:00:00Z'))
    // The night the clocks spring forward (30 March 2025): 22:00 CET → 08:00 CEST.
    expect(quietHoursEnd(at('2025-03-29T21:00:00Z'), warsaw)).toEqual(at('2025-03-30T06:00:00Z'))
    // The night they fall back (26 October 2025): 22:00 CEST → 08:00 CET.
    expect(quietHoursEnd(at('2025-10-25T20:00:00Z'), warsaw)).toEqual(at('2025-10-26T07:00:00Z'))
  })

  it('ends just after the gap when the end time does not exist that day', () => {
    const night = { timeZone: 'Europe/Warsaw', start: '01:00', end: '02:30' }
    // 01:30 CET on 30 March 2025; 02:30 is skipped → 03:30 CEST = 01:30 UTC.
    expect(quietHoursEnd(at('2025-03-30T00:30:00Z'), night)).toEqual(at('2025-03-30T01:30:00Z'))
  })

  it('handles same-day windows and other zones', () => {
    const lunch = { timeZone: 'Europe/Berlin', start: '13:00', end: '15:00' }
    expect(quietHoursEnd(at('2025-01-15T12:30:00Z'), lunch)).toEqual(at('2025-01-15T14:00:00Z'))
    expect(quietHoursEnd(at('2025-01-15T14:00:00Z'), lunch)).toBeNull()
    const newYork = { timeZone: 'America/New_York', start: '21:00', end: '08:00' }
    // 23:00 EST → 08:00 EST = 13:00 UTC next day.
    expect(quietHoursEnd(at('2025-01-16T04:00:00Z'), newYork)).toEqual(at('2025-01-16T13:00:00Z'))
  })

  it('refuses malformed times and unknown zones', () => {
    const now = at('2025-01-15T12:00:00Z')
    expect(() => quietHoursEnd(now, { ...warsaw, start: '9:00' })).toThrow(RangeError)
    expect(() => quietHoursEnd(now, { ...warsaw, end: '24:00' })).toThrow(RangeError)
    expect(() => quietHoursEnd(now, { ...warsaw, timeZone: 'Mars/Olympus' })).toThrow(RangeError)
  })

  it('always answers a future instant within a day, showing the end time on the wall clock', () => {
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    const zone = fc.constantFrom('Europe/Warsaw', 'America/New_York', 'Australia/Sydney', 'UTC')
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
    fc.assert(
      fc.property(instant, hhmm, hhmm, zone, (ms, start, end, timeZone) => {
        const now = new Date(ms)
        const ends = quietHoursEnd(now, { timeZone, start, end })
        const wall = wallTimeAt(now, timeZone)
        const minute = wall.hour * 60 + wall.minute
        const [s, e] = [start, end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)))
        const inside =
          s! === e! ? false : s! > e! ? minute >= s! || minute < e! : minute >= s! && minute < e!
        // Inside yet allowed only in a fall-back overlap whose first pass already ended it.
        if (!ends)
          return !inside || offsetAt(ms - 2 * 3600 * 1000, timeZone) !== offsetAt(ms, timeZone)
        const endWall = wallTimeAt(ends, timeZone)
        const showsEnd =
          `${String(endWall.hour).padStart(2, '0')}:${String(endWall.minute).padStart(2, '0')}` ===
          end
        return (
          inside &&
          ends.getTime() > ms &&
          ends.getTime() - ms <= 25 * 3600 * 1000 &&
          (showsEnd || endWall.minute === Number(end.slice(3)))
        )
      }),
      { numRuns: 500 },
    )
  })
})
