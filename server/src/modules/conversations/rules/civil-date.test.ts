import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, isoDateMs, isoWeekday, toIsoDate } from './civil-date.js'

describe('civil dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29')
  })

  it('numbers weekdays the ISO way, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-03-23')).toBe(1)
    expect(isoWeekday('2026-03-27')).toBe(5)
    expect(isoWeekday('2026-03-29')).toBe(7)
  })

  it('rejects malformed and impossible dates instead of rolling them over', () => {
    expect(() => isoDateMs('2025-02-30')).toThrow(RangeError)
    expect(() => isoDateMs('2025-2-3')).toThrow(RangeError)
    expect(() => addDays('not a date', 1)).toThrow(/Not an ISO date/)
    expect(isoDateMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29))
  })

  it('round-trips and moves the weekday along with the days added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: -800, max: 800 }),
        (n, d) => {
          const date = toIsoDate(Date.UTC(1900, 0, 1) + n * 86_400_000)
          expect(addDays(addDays(date, d), -d)).toBe(date)
          expect((isoWeekday(addDays(date, d)) - isoWeekday(date) - d + 7000) % 7).toBe(0)
        },
      ),
    )
  })
})
