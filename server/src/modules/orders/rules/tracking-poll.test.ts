import { describe, expect, it } from 'vitest'
import { nextTrackingPoll } from './tracking-poll.js'

const now = new Date('2026-11-20T10:00:00Z')
const minutesUntil = (d: Date | null) => (d ? (d.getTime() - now.getTime()) / 60_000 : null)

describe('nextTrackingPoll', () => {
  it('stops after a final status and polls faster on the delivery day', () => {
    expect(nextTrackingPoll('delivered', 0, now)).toBeNull()
    expect(nextTrackingPoll('returned_to_sender', 0, now)).toBeNull()
    expect(minutesUntil(nextTrackingPoll('out_for_delivery', 0, now))).toBe(30)
    expect(minutesUntil(nextTrackingPoll('in_transit', 0, now))).toBe(120)
    expect(minutesUntil(nextTrackingPoll(null, 0, now))).toBe(120)
  })
  it('backs off after failures, capped at twelve hours', () => {
    expect(minutesUntil(nextTrackingPoll('in_transit', 1, now))).toBe(15)
    expect(minutesUntil(nextTrackingPoll('in_transit', 3, now))).toBe(60)
    expect(minutesUntil(nextTrackingPoll('in_transit', 20, now))).toBe(720)
  })
})
