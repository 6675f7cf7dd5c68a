import { describe, expect, it } from 'vitest'
import { isInvalid } from './invalid-value.js'
import { parseCsvDateTime } from './parse-date-time.js'

const WARSAW = 'Europe/Warsaw'
const iso = (value: Date | unknown) => (value instanceof Date ? value.toISOString() : value)

describe('parseCsvDateTime', () => {
  it('takes a date-time with an offset as written', () => {
    expect(iso(parseCsvDateTime('2024-03-05T14:30:00+01:00', WARSAW))).toBe(
      '2024-03-05T13:30:00.000Z',
    )
    expect(iso(parseCsvDateTime('2024-07-01T08:00:00.250Z', WARSAW))).toBe(
      '2024-07-01T08:00:00.250Z',
    )
    expect(iso(parseCsvDateTime('2024-07-01 08:00-0430', WARSAW))).toBe('2024-07-01T12:30:00.000Z')
  })

  it('reads a wall-clock time in the workspace zone: CET in winter, CEST in summer', () => {
    expect(iso(parseCsvDateTime('2024-01-15 10:00', WARSAW))).toBe('2024-01-15T09:00:00.000Z')
    expect(iso(parseCsvDateTime('2024-07-15 10:00:30', WARSAW))).toBe('2024-07-15T08:00:30.000Z')
    expect(iso(parseCsvDateTime('15.07.2024 10:00', WARSAW))).toBe('2024-07-15T08:00:00.000Z')
    expect(iso(parseCsvDateTime('2024-07-15 10:00', 'America/New_York'))).toBe(
      '2024-07-15T14:00:00.000Z',
    )
  })

  it('handles the DST changes of 2024 in Warsaw (31 March, 27 October)', () => {
    // Just before and after the spring-forward gap 02:00 → 03:00.
    expect(iso(parseCsvDateTime('2024-03-31 01:59', WARSAW))).toBe('2024-03-31T00:59:00.000Z')
    expect(iso(parseCsvDateTime('2024-03-31 03:00', WARSAW))).toBe('2024-03-31T01:00:00.000Z')
    // 02:30 never shows on a Warsaw clock that night: it is read as 03:30 CEST.
    expect(iso(parseCsvDateTime('2024-03-31 02:30', WARSAW))).toBe('2024-03-31T01:30:00.000Z')
    // 02:30 shows twice in the fall-back overlap: the first (CEST) occurrence.
    expect(iso(parseCsvDateTime('2024-10-27 02:30', WARSAW))).toBe('2024-10-27T00:30:00.000Z')
    expect(iso(parseCsvDateTime('2024-10-27 03:30', WARSAW))).toBe('2024-10-27T02:30:00.000Z')
    expect(iso(parseCsvDateTime('2024-10-27 01:30', WARSAW))).toBe('2024-10-26T23:30:00.000Z')
  })

  it('reads a bare date as the start of the day, or its end for deadlines', () => {
    expect(iso(parseCsvDateTime('2024-07-15', WARSAW))).toBe('2024-07-14T22:00:00.000Z')
    expect(iso(parseCsvDateTime('2024-01-15', WARSAW, 'end'))).toBe('2024-01-15T22:59:59.000Z')
    expect(iso(parseCsvDateTime('5.3.2024', WARSAW))).toBe('2024-03-04T23:00:00.000Z')
  })

  it.each(['2024-02-30', '2024-13-01', '2024-03-05 24:00', '05/03/2024', 'wczoraj', '1899-12-31'])(
    'refuses %s',
    (text) => {
      const value = parseCsvDateTime(text, WARSAW)
      expect(isInvalid(value) && value.reason).toMatch(/^is not a date/)
    },
  )
})
