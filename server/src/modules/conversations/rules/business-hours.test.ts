import { describe, expect, it } from 'vitest'
import { clockMinutes, DEFAULT_BUSINESS_HOURS, validateWeeklyHours } from './business-hours.js'

const problemOf = (input: unknown) => {
  const result = validateWeeklyHours(input)
  return result.ok ? null : result.problem
}

describe('clockMinutes', () => {
  it('reads HH:MM and allows 24:00 only as an end', () => {
    expect(clockMinutes('00:00')).toBe(0)
    expect(clockMinutes('09:30')).toBe(570)
    expect(clockMinutes('23:59')).toBe(1439)
    expect(clockMinutes('24:00')).toBeNull()
    expect(clockMinutes('24:00', true)).toBe(1440)
    for (const bad of ['9:00', '24:01', '12:60', '12:00:00', '', 'noon']) {
      expect(clockMinutes(bad, true)).toBeNull()
    }
  })
})

describe('validateWeeklyHours', () => {
  it('accepts the defaults: Monday to Friday 09:00–17:00', () => {
    expect(validateWeeklyHours(DEFAULT_BUSINESS_HOURS)).toEqual({
      ok: true,
      hours: DEFAULT_BUSINESS_HOURS,
    })
    expect(DEFAULT_BUSINESS_HOURS[1]).toEqual([{ start: '09:00', end: '17:00' }])
    expect(DEFAULT_BUSINESS_HOURS[6]).toEqual([])
  })

  it('treats missing days as closed, sorts intervals and drops extra fields', () => {
    const result = validateWeeklyHours({
      '1': [
        { start: '13:00', end: '24:00', note: 'late shift' },
        { start: '08:00', end: '13:00' },
      ],
    })
    expect(result).toEqual({
      ok: true,
      hours: {
        1: [
          { start: '08:00', end: '13:00' },
          { start: '13:00', end: '24:00' },
        ],
        2: [],
        3: [],
        4: [],
        5: [],
        6: [],
        7: [],
      },
    })
  })

  it('names what is wrong', () => {
    expect(problemOf(null)).toMatch(/must be an object/)
    expect(problemOf([[]])).toMatch(/must be an object/)
    expect(problemOf({ 0: [] })).toBe("'0' is not an ISO weekday 1 (Monday) to 7 (Sunday)")
    expect(problemOf({ mon: [] })).toMatch(/'mon' is not an ISO weekday/)
    expect(problemOf({ 2: 'all day' })).toBe('Tuesday must be a list of { start, end } intervals')
    expect(problemOf({ 3: [null] })).toBe('Wednesday interval 1 must be an object { start, end }')
    expect(problemOf({ 4: [{ start: '9:00', end: '17:00' }] })).toMatch(
      /^Thursday interval 1: start "9:00" is not a time HH:MM/,
    )
    expect(problemOf({ 5: [{ start: '09:00', end: '24:30' }] })).toMatch(
      /^Friday interval 1: end "24:30" is not a time/,
    )
    expect(problemOf({ 5: [{ start: '24:00', end: '24:00' }] })).toMatch(/start "24:00"/)
    expect(problemOf({ 6: [{ start: '09:00' }] })).toMatch(/end undefined is not a time/)
  })

  it('rejects an end that is not after its start', () => {
    expect(problemOf({ 1: [{ start: '17:00', end: '09:00' }] })).toBe(
      'Monday interval 1: end 09:00 is not after start 17:00',
    )
    expect(problemOf({ 1: [{ start: '09:00', end: '09:00' }] })).toMatch(/not after start/)
  })

  it('rejects overlapping intervals but allows touching ones', () => {
    expect(
      problemOf({
        7: [
          { start: '11:00', end: '14:00' },
          { start: '09:00', end: '12:00' },
        ],
      }),
    ).toBe('Sunday: 09:00–12:00 overlaps 11:00–14:00')
    expect(
      problemOf({
        7: [
          { start: '09:00', end: '24:00' },
          { start: '23:00', end: '23:30' },
        ],
      }),
    ).toMatch(/overlaps/)
    expect(
      problemOf({
        7: [
          { start: '09:00', end: '12:00' },
          { start: '12:00', end: '17:00' },
        ],
      }),
    ).toBeNull()
  })
})
