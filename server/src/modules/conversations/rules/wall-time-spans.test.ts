import { describe, expect, it } from 'vitest'
import { wallTimeSpans } from './wall-time-spans.js'

const HOUR = 3_600_000
const WARSAW = 'Europe/Warsaw'
const wall = (local: string) => Date.parse(`${local}Z`)
const iso = (spans: Array<[number, number]>) =>
  spans.map(([start, end]) => [new Date(start).toISOString(), new Date(end).toISOString()])
const length = (spans: Array<[number, number]>) =>
  spans.reduce((sum, [start, end]) => sum + end - start, 0)

describe('wallTimeSpans', () => {
  it('maps an ordinary day by its single offset', () => {
    expect(iso(wallTimeSpans(wall('2026-01-15T09:00'), wall('2026-01-15T17:00'), WARSAW))).toEqual([
      ['2026-01-15T08:00:00.000Z', '2026-01-15T16:00:00.000Z'],
    ])
  })

  it('gives a whole spring-forward day 23 hours and a fall-back day 25', () => {
    const spring = wallTimeSpans(wall('2026-03-29T00:00'), wall('2026-03-30T00:00'), WARSAW)
    expect(iso(spring)).toEqual([['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']])
    const autumn = wallTimeSpans(wall('2026-10-25T00:00'), wall('2026-10-26T00:00'), WARSAW)
    expect(length(autumn)).toBe(25 * HOUR)
  })

  it('finds nothing inside a DST gap and counts a repeated hour twice', () => {
    expect(wallTimeSpans(wall('2026-03-29T02:00'), wall('2026-03-29T03:00'), WARSAW)).toEqual([])
    expect(length(wallTimeSpans(wall('2026-03-29T01:30'), wall('2026-03-29T03:30'), WARSAW))).toBe(
      HOUR,
    )
    expect(iso(wallTimeSpans(wall('2026-10-25T02:00'), wall('2026-10-25T03:00'), WARSAW))).toEqual([
      ['2026-10-25T00:00:00.000Z', '2026-10-25T02:00:00.000Z'],
    ])
  })

  it('returns the pieces of a partly repeated range separately', () => {
    expect(iso(wallTimeSpans(wall('2026-10-25T02:30'), wall('2026-10-25T04:00'), WARSAW))).toEqual([
      ['2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z'],
      ['2026-10-25T01:30:00.000Z', '2026-10-25T03:00:00.000Z'],
    ])
  })

  it('is empty for an empty or reversed range', () => {
    expect(wallTimeSpans(wall('2026-01-15T09:00'), wall('2026-01-15T09:00'), WARSAW)).toEqual([])
    expect(wallTimeSpans(wall('2026-01-15T10:00'), wall('2026-01-15T09:00'), WARSAW)).toEqual([])
  })
})
