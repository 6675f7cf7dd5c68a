import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { localToUtc, timeZoneOffsetMs, utcToLocal, wallClockMs } from './zoned-time.js'

const HOUR = 3_600_000
const WARSAW = 'Europe/Warsaw'

describe('zoned time', () => {
  it('knows the Warsaw offset in winter and summer', () => {
    expect(timeZoneOffsetMs(Date.UTC(2026, 0, 15), WARSAW)).toBe(HOUR)
    expect(timeZoneOffsetMs(Date.UTC(2026, 6, 15), WARSAW)).toBe(2 * HOUR)
    expect(timeZoneOffsetMs(Date.UTC(2026, 6, 15), 'Asia/Kolkata')).toBe(5.5 * HOUR)
    expect(timeZoneOffsetMs(Date.UTC(2026, 6, 15), 'UTC')).toBe(0)
  })

  it('reads wall clocks to the millisecond, midnight as 00', () => {
    expect(wallClockMs(Date.UTC(2026, 0, 1, 23, 0, 0, 123), WARSAW)).toBe(
      Date.UTC(2026, 0, 2, 0, 0, 0, 123),
    )
    expect(utcToLocal(new Date('2026-01-01T23:00:00Z'), WARSAW)).toBe('2026-01-02T00:00:00')
  })

  it('switches at 01:00 UTC on the last Sundays of March and October', () => {
    expect(utcToLocal(new Date('2026-03-29T00:59:00Z'), WARSAW)).toBe('2026-03-29T01:59:00')
    expect(utcToLocal(new Date('2026-03-29T01:00:00Z'), WARSAW)).toBe('2026-03-29T03:00:00')
    expect(utcToLocal(new Date('2026-10-25T00:59:00Z'), WARSAW)).toBe('2026-10-25T02:59:00')
    expect(utcToLocal(new Date('2026-10-25T01:00:00Z'), WARSAW)).toBe('2026-10-25T02:00:00')
  })

  it('converts local times to instants, earlier one when repeated, shifted past a gap', () => {
    expect(localToUtc('2026-01-15T09:00', WARSAW).toISOString()).toBe('2026-01-15T08:00:00.000Z')
    expect(localToUtc('2026-07-15T09:00:30', WARSAW).toISOString()).toBe('2026-07-15T07:00:30.000Z')
    expect(localToUtc('2026-10-25T02:30', WARSAW).toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(localToUtc('2026-03-29T02:30', WARSAW).toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(utcToLocal(localToUtc('2026-03-29T02:30', WARSAW), WARSAW)).toBe('2026-03-29T03:30:00')
  })

  it('rejects malformed local times and unknown zones', () => {
    expect(() => localToUtc('2026-01-15 09:00', WARSAW)).toThrow(/Not a local date-time/)
    expect(() => localToUtc('2026-01-15T24:00', WARSAW)).toThrow(RangeError)
    expect(() => localToUtc('2026-02-30T09:00', WARSAW)).toThrow(RangeError)
    expect(() => localToUtc('2026-01-15T09:00', 'Mars/Olympus')).toThrow(RangeError)
  })

  it('round-trips every instant whose local reading is unambiguous', () => {
    const zones = ['Europe/Warsaw', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instant = new Date(minute * 60_000)
          const back = localToUtc(utcToLocal(instant, zone), zone)
          // A repeated hour maps back to its first occurrence, never to a later instant.
          expect(back.getTime()).toBeLessThanOrEqual(instant.getTime())
          expect(utcToLocal(back, zone)).toBe(utcToLocal(instant, zone))
        },
      ),
    )
  })
})
