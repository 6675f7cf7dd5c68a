import { describe, expect, it } from 'vitest'
import { DEFAULT_BUSINESS_HOURS, type WeeklyHours } from './business-hours.js'
import {
  MARKETPLACE_RESPONSE_MINUTES,
  marketplaceCalendar,
  workspaceCalendar,
} from './sla-calendar.js'
import { addServiceTime, serviceTimeBetween } from './sla-clock.js'
import { localToUtc, utcToLocal } from './zoned-time.js'

const WARSAW = 'Europe/Warsaw'
const BERLIN = 'Europe/Berlin'
const warsaw = (local: string) => localToUtc(local, WARSAW)
const inWarsaw = (instant: Date) => utcToLocal(instant, WARSAW).slice(0, 16)
const office = workspaceCalendar(WARSAW, DEFAULT_BUSINESS_HOURS)
const ALL_DAY = [{ start: '00:00', end: '24:00' }]
const everyDay = (intervals: WeeklyHours[1]): WeeklyHours => ({
  1: intervals,
  2: intervals,
  3: intervals,
  4: intervals,
  5: intervals,
  6: intervals,
  7: intervals,
})
const noHolidays = () => false

describe('addServiceTime on working time', () => {
  it('carries a Friday 16:30 message with 60 minutes over the weekend to Monday 09:30', () => {
    expect(inWarsaw(addServiceTime(warsaw('2026-03-20T16:30'), 60, office))).toBe(
      '2026-03-23T09:30',
    )
  })

  it('skips Wigilia, both Christmas days and the weekend: 23 Dec 2025 16:00 + 120 → 29 Dec 10:00', () => {
    expect(inWarsaw(addServiceTime(warsaw('2025-12-23T16:00'), 120, office))).toBe(
      '2025-12-29T10:00',
    )
  })

  it('starts counting at the next opening when the start is outside hours', () => {
    expect(inWarsaw(addServiceTime(warsaw('2026-03-23T06:10'), 30, office))).toBe(
      '2026-03-23T09:30',
    )
    expect(inWarsaw(addServiceTime(warsaw('2026-03-23T17:00'), 30, office))).toBe(
      '2026-03-24T09:30',
    )
    expect(inWarsaw(addServiceTime(warsaw('2026-03-21T12:00'), 8 * 60, office))).toBe(
      '2026-03-23T17:00',
    )
  })

  it('ends at closing time rather than the next opening when the target fills the day', () => {
    expect(inWarsaw(addServiceTime(warsaw('2026-03-23T09:00'), 480, office))).toBe(
      '2026-03-23T17:00',
    )
    expect(inWarsaw(addServiceTime(warsaw('2026-03-23T09:00'), 481, office))).toBe(
      '2026-03-24T09:01',
    )
  })

  it('returns the start itself for zero minutes, even outside hours', () => {
    const sunday = warsaw('2026-03-22T12:00')
    expect(addServiceTime(sunday, 0, office)).toEqual(sunday)
  })

  it('skips the lunch break of split shifts', () => {
    const split = workspaceCalendar(WARSAW, {
      ...DEFAULT_BUSINESS_HOURS,
      1: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '16:00' },
      ],
    })
    expect(inWarsaw(addServiceTime(warsaw('2026-03-23T11:30'), 60, split))).toBe('2026-03-23T13:30')
  })

  it('counts across midnight through intervals ending at 24:00', () => {
    const night = workspaceCalendar(
      WARSAW,
      {
        1: [{ start: '20:00', end: '24:00' }],
        2: [{ start: '00:00', end: '02:00' }],
        3: [],
        4: [],
        5: [],
        6: [],
        7: [],
      },
      noHolidays,
    )
    expect(inWarsaw(addServiceTime(warsaw('2026-03-23T23:00'), 120, night))).toBe(
      '2026-03-24T01:00',
    )
    expect(serviceTimeBetween(warsaw('2026-03-23T19:00'), warsaw('2026-03-24T03:00'), night)).toBe(
      360,
    )
  })

  it('counts a round-the-clock calendar through DST as real elapsed time', () => {
    const always = workspaceCalendar(WARSAW, everyDay(ALL_DAY), noHolidays)
    expect(serviceTimeBetween(warsaw('2026-03-29T00:00'), warsaw('2026-03-30T00:00'), always)).toBe(
      23 * 60,
    )
    expect(serviceTimeBetween(warsaw('2026-10-25T00:00'), warsaw('2026-10-26T00:00'), always)).toBe(
      25 * 60,
    )
    expect(inWarsaw(addServiceTime(warsaw('2026-03-29T01:30'), 60, always))).toBe(
      '2026-03-29T03:30',
    )
  })

  it('gives hours inside a DST gap no time and hours inside a repeated hour double time', () => {
    const early = workspaceCalendar(
      WARSAW,
      everyDay([{ start: '01:00', end: '04:00' }]),
      noHolidays,
    )
    const day = (date: string) =>
      serviceTimeBetween(warsaw(`${date}T00:00`), warsaw(`${date}T12:00`), early)
    expect(day('2026-03-28')).toBe(180)
    expect(day('2026-03-29')).toBe(120)
    expect(day('2026-10-25')).toBe(240)
    expect(inWarsaw(addServiceTime(warsaw('2026-03-29T00:00'), 90, early))).toBe('2026-03-29T03:30')
  })

  it('keeps 9–17 local hours at 8 hours on DST days whatever the UTC offset', () => {
    const everyDayOffice = workspaceCalendar(
      WARSAW,
      everyDay([{ start: '09:00', end: '17:00' }]),
      noHolidays,
    )
    expect(
      serviceTimeBetween(warsaw('2026-03-28T12:00'), warsaw('2026-03-29T12:00'), everyDayOffice),
    ).toBe(8 * 60)
    expect(inWarsaw(addServiceTime(warsaw('2026-10-24T16:00'), 120, everyDayOffice))).toBe(
      '2026-10-25T10:00',
    )
  })

  it('handles targets of years quickly by walking intervals, not minutes', () => {
    const start = warsaw('2026-03-20T16:30')
    const began = performance.now()
    const due = addServiceTime(start, 1_000_000, office)
    expect(serviceTimeBetween(start, due, office)).toBe(1_000_000)
    expect(performance.now() - began).toBeLessThan(5_000)
    expect(due.getUTCFullYear()).toBeGreaterThan(2033)
  })

  it('throws instead of looping when there is no working time', () => {
    const closed = workspaceCalendar(WARSAW, { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] })
    expect(() => addServiceTime(warsaw('2026-03-20T10:00'), 60, closed)).toThrow(
      'SLA calendar has no working hours on any weekday',
    )
    expect(() =>
      serviceTimeBetween(warsaw('2026-03-20T10:00'), warsaw('2026-03-21T10:00'), closed),
    ).toThrow(/no working hours/)
    const alwaysHoliday = workspaceCalendar(WARSAW, DEFAULT_BUSINESS_HOURS, () => true)
    expect(() => addServiceTime(warsaw('2026-03-20T10:00'), 60, alwaysHoliday)).toThrow(
      /no working time in the 400 days/,
    )
  })

  it('rejects negative or non-finite minutes and invalid dates', () => {
    const start = warsaw('2026-03-20T10:00')
    expect(() => addServiceTime(start, -1, office)).toThrow(RangeError)
    expect(() => addServiceTime(start, Number.NaN, office)).toThrow(RangeError)
    expect(() => addServiceTime(start, Number.POSITIVE_INFINITY, { mode: '24/7' })).toThrow(
      RangeError,
    )
    expect(() => addServiceTime(new Date(Number.NaN), 1, office)).toThrow(RangeError)
    expect(() => serviceTimeBetween(start, new Date(Number.NaN), office)).toThrow(RangeError)
  })

  it('rejects an unknown time zone when the calendar is built', () => {
    expect(() => workspaceCalendar('Europe/Atlantis', DEFAULT_BUSINESS_HOURS)).toThrow(RangeError)
  })
})

describe('serviceTimeBetween on working time', () => {
  it('counts only opening hours on working days', () => {
    expect(serviceTimeBetween(warsaw('2026-03-20T16:30'), warsaw('2026-03-23T09:30'), office)).toBe(
      60,
    )
    expect(serviceTimeBetween(warsaw('2025-12-23T08:00'), warsaw('2025-12-29T08:00'), office)).toBe(
      480,
    )
    expect(
      serviceTimeBetween(warsaw('2026-03-23T10:00'), warsaw('2026-03-23T10:00:30'), office),
    ).toBe(0.5)
  })

  it('is 0 when the end is not after the start', () => {
    expect(serviceTimeBetween(warsaw('2026-03-23T12:00'), warsaw('2026-03-23T10:00'), office)).toBe(
      0,
    )
    expect(serviceTimeBetween(warsaw('2026-03-23T12:00'), warsaw('2026-03-23T12:00'), office)).toBe(
      0,
    )
  })
})

describe('24/7 and marketplace calendars', () => {
  it('adds plain minutes on a 24/7 clock, so Warsaw 01:30 + 60 on the spring DST night reads 03:30', () => {
    const amazon = marketplaceCalendar('amazon')
    expect(amazon).toEqual({ mode: '24/7' })
    expect(inWarsaw(addServiceTime(warsaw('2026-03-29T01:30'), 60, amazon))).toBe(
      '2026-03-29T03:30',
    )
    expect(serviceTimeBetween(warsaw('2026-03-29T01:30'), warsaw('2026-03-29T03:30'), amazon)).toBe(
      60,
    )
  })

  it('gives Amazon and Allegro 24 hours including weekends and holidays', () => {
    expect(MARKETPLACE_RESPONSE_MINUTES.amazon).toBe(1440)
    expect(marketplaceCalendar('allegro')).toEqual({ mode: '24/7' })
    const due = addServiceTime(
      warsaw('2025-12-24T10:00'),
      MARKETPLACE_RESPONSE_MINUTES.allegro,
      marketplaceCalendar('allegro'),
    )
    expect(inWarsaw(due)).toBe('2025-12-25T10:00')
  })

  it('gives a Kaufland ticket opened Friday 10:00 Berlin 48 working hours, due Tuesday 10:00', () => {
    const kaufland = marketplaceCalendar('kaufland')
    const opened = localToUtc('2026-03-20T10:00', BERLIN)
    const due = addServiceTime(opened, MARKETPLACE_RESPONSE_MINUTES.kaufland, kaufland)
    expect(utcToLocal(due, BERLIN)).toBe('2026-03-24T10:00:00')
  })

  it('skips Karfreitag and Ostermontag on Kaufland', () => {
    const kaufland = marketplaceCalendar('kaufland')
    const opened = localToUtc('2026-04-02T10:00', BERLIN)
    expect(utcToLocal(addServiceTime(opened, 48 * 60, kaufland), BERLIN)).toBe(
      '2026-04-08T10:00:00',
    )
  })

  it('counts Kaufland days in Berlin time even across the DST change', () => {
    const kaufland = marketplaceCalendar('kaufland')
    const opened = localToUtc('2026-03-27T10:00', BERLIN)
    expect(utcToLocal(addServiceTime(opened, 48 * 60, kaufland), BERLIN)).toBe(
      '2026-03-31T10:00:00',
    )
  })
})
