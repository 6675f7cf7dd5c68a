import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BUSINESS_HOURS } from './business-hours.js'
import { workspaceCalendar } from './sla-calendar.js'
import { addServiceTime } from './sla-clock.js'
import { type SlaPolicy, slaDueTimes, slaState } from './sla-due.js'
import { localToUtc, utcToLocal } from './zoned-time.js'

const WARSAW = 'Europe/Warsaw'
const warsaw = (local: string) => localToUtc(local, WARSAW)
const inWarsaw = (instant: Date | null) => instant && utcToLocal(instant, WARSAW).slice(0, 16)
const office = workspaceCalendar(WARSAW, DEFAULT_BUSINESS_HOURS)
const policy: SlaPolicy = { firstResponseMinutes: 60, nextResponseMinutes: 240, atRiskRatio: 0.8 }
const none = { firstInboundAt: null, firstReplyAt: null, waitingSince: null }

describe('slaDueTimes', () => {
  it('runs the first-response clock from the first customer message until the first reply', () => {
    const friday = warsaw('2026-03-20T16:30')
    const due = slaDueTimes(
      { firstInboundAt: friday, firstReplyAt: null, waitingSince: friday },
      policy,
      office,
    )
    expect(inWarsaw(due.firstResponseDueAt)).toBe('2026-03-23T09:30')
    expect(due.nextResponseDueAt).toBeNull()
    expect(due.dueAt).toEqual(due.firstResponseDueAt)
    // 80 % of 60 working minutes is 48: 30 on Friday and 18 on Monday.
    expect(inWarsaw(due.atRiskAt)).toBe('2026-03-23T09:18')
  })

  it('counts the first response from the first message even when a later one waits', () => {
    const due = slaDueTimes(
      {
        firstInboundAt: warsaw('2026-03-23T10:00'),
        firstReplyAt: null,
        waitingSince: warsaw('2026-03-23T10:40'),
      },
      policy,
      office,
    )
    expect(inWarsaw(due.dueAt)).toBe('2026-03-23T11:00')
  })

  it('runs the next-response clock from the oldest unanswered message after a first reply', () => {
    const due = slaDueTimes(
      {
        firstInboundAt: warsaw('2026-03-23T10:00'),
        firstReplyAt: warsaw('2026-03-23T10:20'),
        waitingSince: warsaw('2026-03-23T15:00'),
      },
      policy,
      office,
    )
    expect(due.firstResponseDueAt).toBeNull()
    expect(inWarsaw(due.nextResponseDueAt)).toBe('2026-03-24T11:00')
    expect(due.dueAt).toEqual(due.nextResponseDueAt)
    // 192 of 240 minutes: 120 on Monday, 72 on Tuesday.
    expect(inWarsaw(due.atRiskAt)).toBe('2026-03-24T10:12')
  })

  it('has no clock when nothing waits', () => {
    const answered = {
      firstInboundAt: warsaw('2026-03-23T10:00'),
      firstReplyAt: warsaw('2026-03-23T10:20'),
      waitingSince: null,
    }
    const empty = { firstResponseDueAt: null, nextResponseDueAt: null, dueAt: null, atRiskAt: null }
    expect(slaDueTimes(answered, policy, office)).toEqual(empty)
    expect(slaDueTimes(none, policy, office)).toEqual(empty)
    // A conversation closed before any reply no longer waits, so its first-response clock stops.
    const closedUnanswered = { ...answered, firstReplyAt: null }
    expect(slaDueTimes(closedUnanswered, policy, office)).toEqual(empty)
  })

  it('disables a clock whose target is null', () => {
    const waiting = warsaw('2026-03-23T10:00')
    const firstOnly = { ...policy, nextResponseMinutes: null }
    const nextOnly = { ...policy, firstResponseMinutes: null }
    const unanswered = { firstInboundAt: waiting, firstReplyAt: null, waitingSince: waiting }
    const followUp = { ...unanswered, firstReplyAt: warsaw('2026-03-23T09:00') }
    expect(slaDueTimes(unanswered, nextOnly, office).dueAt).toBeNull()
    expect(slaDueTimes(followUp, firstOnly, office).dueAt).toBeNull()
    expect(slaDueTimes(followUp, nextOnly, office).dueAt).not.toBeNull()
  })

  it('counts on a 24/7 calendar through weekends', () => {
    const friday = warsaw('2026-03-20T16:30')
    const due = slaDueTimes(
      { firstInboundAt: friday, firstReplyAt: null, waitingSince: friday },
      { firstResponseMinutes: 24 * 60, nextResponseMinutes: null, atRiskRatio: 0.5 },
      { mode: '24/7' },
    )
    expect(inWarsaw(due.dueAt)).toBe('2026-03-21T16:30')
    expect(inWarsaw(due.atRiskAt)).toBe('2026-03-21T04:30')
  })

  it('rejects a policy with negative targets or a ratio outside 0–1', () => {
    const waiting = warsaw('2026-03-23T10:00')
    const facts = { firstInboundAt: waiting, firstReplyAt: null, waitingSince: waiting }
    expect(() => slaDueTimes(facts, { ...policy, firstResponseMinutes: -5 }, office)).toThrow(
      RangeError,
    )
    expect(() => slaDueTimes(facts, { ...policy, atRiskRatio: 1.2 }, office)).toThrow(RangeError)
    expect(() => slaDueTimes(facts, { ...policy, atRiskRatio: Number.NaN }, office)).toThrow(
      RangeError,
    )
  })

  it('always puts the at-risk instant between the start and the due instant', () => {
    const instant = fc
      .integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 })
      .map((minute) => new Date(minute * 60_000))
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 5_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (start, minutes, ratio, replied) => {
          const facts = replied
            ? { firstInboundAt: start, firstReplyAt: start, waitingSince: start }
            : { firstInboundAt: start, firstReplyAt: null, waitingSince: start }
          const target = {
            firstResponseMinutes: minutes,
            nextResponseMinutes: minutes,
            atRiskRatio: ratio,
          }
          const due = slaDueTimes(facts, target, office)
          expect(due.dueAt).toEqual(addServiceTime(start, minutes, office))
          expect(due.atRiskAt!.getTime()).toBeGreaterThanOrEqual(start.getTime())
          expect(due.atRiskAt!.getTime()).toBeLessThanOrEqual(due.dueAt!.getTime())
        },
      ),
    )
  })
})

describe('slaState', () => {
  const dueAt = new Date('2026-03-23T10:00:00Z')
  const atRiskAt = new Date('2026-03-23T09:00:00Z')

  it('moves from ok to at risk to breached', () => {
    expect(slaState(new Date('2026-03-23T08:00:00Z'), { dueAt, atRiskAt })).toBe('ok')
    expect(slaState(atRiskAt, { dueAt, atRiskAt })).toBe('at_risk')
    expect(slaState(dueAt, { dueAt, atRiskAt })).toBe('at_risk')
    expect(slaState(new Date(dueAt.getTime() + 1), { dueAt, atRiskAt })).toBe('breached')
  })

  it('is none without a due instant and never at risk without an at-risk instant', () => {
    expect(slaState(dueAt, { dueAt: null, atRiskAt: null })).toBe('none')
    expect(slaState(dueAt, { dueAt, atRiskAt: null })).toBe('ok')
  })
})
