import { describe, expect, it } from 'vitest'
import { deadlineEndsAt, dueReminders, escalationDue, sellerClock } from './deadline-clock.js'

describe('the seller’s clock', () => {
  it('counts an undecided complaint to its answer deadline and a withdrawal to its refund', () => {
    const base = { respondBy: '2026-11-16', refundBy: '2026-11-20', refundOutstanding: true }
    expect(sellerClock({ ...base, kind: 'complaint', decision: null })).toEqual({
      kind: 'answer',
      date: '2026-11-16',
    })
    expect(sellerClock({ ...base, kind: 'complaint', decision: 'accepted' })).toBeNull()
    expect(sellerClock({ ...base, kind: 'withdrawal', decision: 'accepted' })).toEqual({
      kind: 'refund',
      date: '2026-11-20',
    })
    expect(
      sellerClock({ ...base, kind: 'withdrawal', decision: 'accepted', refundOutstanding: false }),
    ).toBeNull()
    expect(sellerClock({ ...base, kind: 'withdrawal', decision: 'refused' })).toBeNull()
  })

  it('ends a day-counted deadline at midnight in the workspace’s zone, summer and winter', () => {
    expect(deadlineEndsAt('2026-11-16', 'Europe/Warsaw').toISOString()).toBe(
      '2026-11-16T23:00:00.000Z',
    )
    expect(deadlineEndsAt('2026-07-01', 'Europe/Warsaw').toISOString()).toBe(
      '2026-07-01T22:00:00.000Z',
    )
    expect(deadlineEndsAt('2026-03-28', 'Europe/Warsaw').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    )
  })

  it('sends each reminder once, only before the end, and escalates once within the window', () => {
    expect(dueReminders(100, [72, 24], [])).toEqual([])
    expect(dueReminders(60, [72, 24], [])).toEqual([72])
    expect(dueReminders(20, [72, 24], [72])).toEqual([24])
    expect(dueReminders(20, [24, 72], [])).toEqual([72, 24])
    expect(dueReminders(-1, [72, 24], [])).toEqual([])
    expect(escalationDue(25, 24, null)).toBe(false)
    expect(escalationDue(23, 24, null)).toBe(true)
    expect(escalationDue(-5, 24, null)).toBe(true)
    expect(escalationDue(5, 24, new Date())).toBe(false)
  })
})
