import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMonths, formatDay, isoWeekdayOf, parseDay } from './day-number.js'

const DAY_MS = 86_400_000
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('day numbers', () => {
  it('round-trips every day between 1900 and 9000 the way Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9000, 11, 31) }), (ms) => {
        const iso = isoOf(ms)
        const day = parseDay(iso)
        expect(day).toBe(Math.floor(ms / DAY_MS))
        expect(formatDay(day)).toBe(iso)
        const weekday = new Date(ms).getUTCDay()
        expect(isoWeekdayOf(day)).toBe(weekday === 0 ? 7 : weekday)
      }),
    )
  })

  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2025-1-01',
      '2025-01-01T00',
      '20250101xx',
      'abcd-ef-gh',
      '1899-12-31',
    ]) {
      expect(parseDay(bad), bad).toBeNaN()
    }
    expect(parseDay('2024-02-29')).not.toBeNaN()
    expect(parseDay('2000-02-29')).not.toBeNaN()
    expect(parseDay('1900-02-29')).toBeNaN()
  })

  it('adds months keeping the day, or the month end when the day is missing (KC art. 112)', () => {
    const plus = (iso: string, months: number) => formatDay(addMonths(parseDay(iso), months))
    expect(plus('2024-02-29', 12)).toBe('2025-02-28')
    expect(plus('2024-02-29', 24)).toBe('2026-02-28')
    expect(plus('2024-02-29', 48)).toBe('2028-02-29')
    expect(plus('2026-01-31', 1)).toBe('2026-02-28')
    expect(plus('2026-11-16', 12)).toBe('2027-11-16')
    expect(plus('2026-12-31', 2)).toBe('2027-02-28')
  })

  it('adds months like Date.UTC with the day clamped to the target month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: 0, max: 60 }),
        (ms, months) => {
          const date = new Date(ms)
          const firstOfTarget = new Date(
            Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1),
          )
          const lastOfTarget = new Date(
            Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
          ).getUTCDate()
          const expected = Date.UTC(
            firstOfTarget.getUTCFullYear(),
            firstOfTarget.getUTCMonth(),
            Math.min(date.getUTCDate(), lastOfTarget),
          )
          expect(formatDay(addMonths(parseDay(isoOf(ms)), months))).toBe(isoOf(expected))
        },
      ),
    )
  })
})
