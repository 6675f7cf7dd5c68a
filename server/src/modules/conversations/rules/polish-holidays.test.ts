import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPolishPublicHoliday, polishPublicHolidays } from './polish-holidays.js'

describe('polishPublicHolidays', () => {
  it('lists the 14 non-working days of 2026 in order', () => {
    expect(polishPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-03',
      '2026-05-24',
      '2026-06-04',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ])
  })

  it('moves Easter, Pentecost and Corpus Christi with the computus', () => {
    const y2024 = polishPublicHolidays(2024)
    expect(y2024).toEqual(
      expect.arrayContaining(['2024-03-31', '2024-04-01', '2024-05-19', '2024-05-30']),
    )
    const y2025 = polishPublicHolidays(2025)
    expect(y2025).toEqual(
      expect.arrayContaining(['2025-04-20', '2025-04-21', '2025-06-08', '2025-06-19']),
    )
  })

  it('makes Wigilia a holiday from 2025 under the 2024 amendment, not before', () => {
    expect(isPolishPublicHoliday('2024-12-24')).toBe(false)
    expect(isPolishPublicHoliday('2025-12-24')).toBe(true)
    expect(polishPublicHolidays(2024)).toHaveLength(13)
    expect(polishPublicHolidays(2025)).toHaveLength(14)
  })

  it('has Epiphany only from 2011', () => {
    expect(isPolishPublicHoliday('2010-01-06')).toBe(false)
    expect(isPolishPublicHoliday('2011-01-06')).toBe(true)
  })

  it('answers ordinary days with false', () => {
    expect(isPolishPublicHoliday('2026-03-27')).toBe(false)
    expect(isPolishPublicHoliday('2025-12-27')).toBe(false)
  })

  it('gives sorted, distinct dates of the requested year that the predicate agrees with', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (year) => {
        const dates = polishPublicHolidays(year)
        expect(new Set(dates).size).toBe(dates.length)
        expect([...dates].sort()).toEqual(dates)
        for (const date of dates) {
          expect(date.startsWith(`${year}-`)).toBe(true)
          expect(isPolishPublicHoliday(date)).toBe(true)
        }
      }),
    )
  })
})
