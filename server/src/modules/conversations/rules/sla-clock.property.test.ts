import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TimeInterval, WeeklyHours } from './business-hours.js'
import { isPolishPublicHoliday } from './polish-holidays.js'
import { type SlaCalendar, workspaceCalendar } from './sla-calendar.js'
import { addServiceTime, serviceTimeBetween } from './sla-clock.js'

const ZONES = [
  'Europe/Warsaw',
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
]

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

// Sorted distinct boundaries paired up give non-overlapping intervals, including '24:00' ends.
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 })
  .map((points): TimeInterval[] => {
    const sorted = [...points].sort((a, b) => a - b)
    const intervals: TimeInterval[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({ start: clock(sorted[i]!), end: clock(sorted[i + 1]!) })
    }
    return intervals
  })

const weeklyMinutes = (days: TimeInterval[][]) =>
  days.flat().reduce((sum, { start, end }) => sum + minutesOf(end) - minutesOf(start), 0)
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))

const weeklyHours = fc
  .tuple(dayHours, dayHours, dayHours, dayHours, dayHours, dayHours, dayHours)
  // At least ten hours a week keeps 20,000-minute targets within months, so runs stay fast.
  .filter((days) => weeklyMinutes(days) >= 600)
  .map(
    ([d1, d2, d3, d4, d5, d6, d7]): WeeklyHours => ({
      1: d1,
      2: d2,
      3: d3,
      4: d4,
      5: d5,
      6: d6,
      7: d7,
    }),
  )

const workingCalendar: fc.Arbitrary<SlaCalendar> = fc
  .tuple(fc.constantFrom(...ZONES), weeklyHours)
  .map(([zone, hours]) => workspaceCalendar(zone, hours, isPolishPublicHoliday))

const calendar = fc.oneof(workingCalendar, fc.constant<SlaCalendar>({ mode: '24/7' }))

// Whole seconds, so starts fall on and off minute boundaries, including in DST gaps.
const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 })
  .map((seconds) => new Date(seconds * 1000))

const minutes = fc.integer({ min: 0, max: 20_000 })
const span = fc.integer({ min: 0, max: 60 * 86_400_000 })

describe('SLA clock properties', () => {
  it('adds plain minutes on a 24/7 calendar', () => {
    fc.assert(
      fc.property(instant, minutes, (start, m) => {
        const due = addServiceTime(start, m, { mode: '24/7' })
        expect(due.getTime()).toBe(start.getTime() + m * 60_000)
        expect(serviceTimeBetween(start, due, { mode: '24/7' })).toBe(m)
      }),
    )
  })

  it('serviceTimeBetween undoes addServiceTime', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, start, m) => {
        expect(serviceTimeBetween(start, addServiceTime(start, m, cal), cal)).toBe(m)
      }),
      { numRuns: 300 },
    )
  })

  it('addServiceTime is monotonic in minutes and never earlier than the start', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, start, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        const early = addServiceTime(start, low, cal).getTime()
        expect(early).toBeGreaterThanOrEqual(start.getTime())
        expect(early).toBeLessThanOrEqual(addServiceTime(start, high, cal).getTime())
      }),
    )
  })

  it('adding in two steps equals adding at once', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, start, a, b) => {
        const stepwise = addServiceTime(addServiceTime(start, a, cal), b, cal)
        expect(stepwise.getTime()).toBe(addServiceTime(start, a + b, cal).getTime())
      }),
    )
  })

  it('service time is additive over adjacent ranges and never exceeds wall time', () => {
    fc.assert(
      fc.property(calendar, instant, span, span, (cal, a, first, second) => {
        const b = new Date(a.getTime() + first)
        const c = new Date(b.getTime() + second)
        const whole = serviceTimeBetween(a, c, cal)
        expect(whole).toBeLessThanOrEqual((c.getTime() - a.getTime()) / 60_000)
        // Summing ms-exact halves in minutes can differ from the whole only by float rounding.
        expect(serviceTimeBetween(a, b, cal) + serviceTimeBetween(b, c, cal)).toBeCloseTo(whole, 6)
      }),
    )
  })

  it('the due instant is the earliest one with the full target elapsed', () => {
    fc.assert(
      fc.property(
        workingCalendar,
        instant,
        fc.integer({ min: 1, max: 20_000 }),
        (cal, start, m) => {
          const due = addServiceTime(start, m, cal)
          const justBefore = new Date(due.getTime() - 1)
          expect(serviceTimeBetween(start, justBefore, cal)).toBeLessThan(m)
        },
      ),
    )
  })
})
