import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { germanNationwideHolidays, isGermanNationwideHoliday } from './german-holidays.js'

describe('germanNationwideHolidays', () => {
  it('lists the nine nationwide holidays of 2026', () => {
    expect(germanNationwideHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-12-25',
      '2026-12-26',
    ])
  })

  it('follows Easter for Karfreitag, Ostermontag, Himmelfahrt and Pfingstmontag', () => {
    expect(germanNationwideHolidays(2025)).toEqual(
      expect.arrayContaining(['2025-04-18', '2025-04-21', '2025-05-29', '2025-06-09']),
    )
    expect(germanNationwideHolidays(2024)).toEqual(
      expect.arrayContaining(['2024-03-29', '2024-04-01', '2024-05-09', '2024-05-20']),
    )
  })

  it('includes the one-off Reformation day of 2017 only in 2017', () => {
    expect(isGermanNationwideHoliday('2017-10-31')).toBe(true)
    expect(isGermanNationwideHoliday('2018-10-31')).toBe(false)
  })

  it('leaves out regional holidays and Christmas Eve', () => {
    expect(isGermanNationwideHoliday('2026-01-06')).toBe(false)
    expect(isGermanNationwideHoliday('2026-06-04')).toBe(false)
    expect(isGermanNationwideHoliday('2026-12-24')).toBe(false)
  })

  it('lists 1 May once when Ascension falls on it, as in 2008', () => {
    expect(germanNationwideHolidays(2008).filter((date) => date === '2008-05-01')).toHaveLength(1)
    expect(germanNationwideHolidays(2008)).toHaveLength(8)
  })

  it('gives eight to ten sorted, distinct dates that the predicate agrees with', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (year) => {
        const dates = germanNationwideHolidays(year)
        expect(dates.length).toBeGreaterThanOrEqual(8)
        expect(dates.length).toBeLessThanOrEqual(year === 2017 ? 10 : 9)
        expect(new Set(dates).size).toBe(dates.length)
        expect([...dates].sort()).toEqual(dates)
        for (const date of dates) expect(isGermanNationwideHoliday(date)).toBe(true)
      }),
    )
  })
})
