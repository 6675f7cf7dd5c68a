import { describe, expect, it } from 'vitest'
import { DEFAULT_BUSINESS_HOURS } from './business-hours.js'
import { serviceSpans } from './service-spans.js'
import { workspaceCalendar } from './sla-calendar.js'
import { localToUtc, utcToLocal } from './zoned-time.js'

const WARSAW = 'Europe/Warsaw'
const local = (ms: number) => utcToLocal(new Date(ms), WARSAW).slice(0, 16)

const take = (count: number, spans: Iterable<[number, number]>) => {
  const taken: string[][] = []
  for (const [start, end] of spans) {
    taken.push([local(start), local(end)])
    if (taken.length === count) break
  }
  return taken
}

describe('serviceSpans', () => {
  it('yields opening hours in order, clipped at the start and skipping holidays', () => {
    const calendar = workspaceCalendar(WARSAW, DEFAULT_BUSINESS_HOURS)
    const from = localToUtc('2025-12-23T11:15', WARSAW).getTime()
    expect(take(3, serviceSpans(from, calendar))).toEqual([
      ['2025-12-23T11:15', '2025-12-23T17:00'],
      ['2025-12-29T09:00', '2025-12-29T17:00'],
      ['2025-12-30T09:00', '2025-12-30T17:00'],
    ])
  })

  it('throws on an interval that is not HH:MM', () => {
    const broken = workspaceCalendar(WARSAW, {
      ...DEFAULT_BUSINESS_HOURS,
      1: [{ start: '9am', end: '17:00' }],
    })
    expect(() => take(1, serviceSpans(0, broken))).toThrow(/malformed interval on weekday 1/)
  })
})
