import { describe, expect, it } from 'vitest'
import { presentTracking } from './inpost-sim-presenter.js'
import { InpostSimState } from './inpost-sim-state.js'
import { INPOST_DEMO_STAGES, seedInpostDemo } from './seed-inpost-demo.js'

const NOW = new Date('2026-05-20T10:00:00Z')

describe('seedInpostDemo', () => {
  it('seeds one parcel per stage by default, each history chronological and before now', () => {
    const state = new InpostSimState({}, () => NOW)
    const seeded = seedInpostDemo(state, undefined, { now: NOW })
    expect(seeded.map((s) => s.stage)).toEqual([...INPOST_DEMO_STAGES])
    for (const { trackingNumber, status } of seeded) {
      expect(trackingNumber).toMatch(/^\d{24}$/)
      const parcel = state.parcels.get(trackingNumber)!
      const times = parcel.statuses.map((s) => s.datetime.getTime())
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(Math.max(...times)).toBeLessThan(NOW.getTime())
      expect(parcel.statuses.at(-1)!.status).toBe(status)
      expect(presentTracking(parcel).status).toBe(status)
    }
  })

  it('tells each stage’s story with ShipX statuses', () => {
    const state = new InpostSimState()
    const stages = INPOST_DEMO_STAGES.map((stage, i) => ({ trackingNumber: `N${i}`, stage }))
    const seeded = seedInpostDemo(state, stages, { now: NOW })
    const last = Object.fromEntries(seeded.map((s) => [s.stage, s.status]))
    expect(last).toEqual({
      label_created: 'confirmed',
      in_transit: 'adopted_at_sorting_center',
      out_for_delivery: 'out_for_delivery',
      ready_to_pickup: 'ready_to_pickup',
      delivered: 'delivered',
      pickup_expired: 'pickup_time_expired',
      returned: 'returned_to_sender',
      courier_failed: 'undelivered_unknown_receiver',
    })
    const delivered = state.parcels.get('N4')!
    expect(delivered.statuses.map((s) => s.status)).toContain('ready_to_pickup')
    expect(delivered.statuses.at(-1)!.datetime).toEqual(new Date(NOW.getTime() - 26 * 3_600_000))
    expect(state.parcels.get('N7')!.service).toBe('inpost_courier_standard')
  })

  it('gives a bare number the same stage every time, so re-seeding changes nothing', () => {
    const numbers = ['600000000000000000000001', '600000000000000000000002', '123']
    const first = seedInpostDemo(new InpostSimState(), numbers, { now: NOW })
    const again = seedInpostDemo(new InpostSimState(), numbers, { now: NOW })
    expect(again).toEqual(first)
    const stages = seedInpostDemo(
      new InpostSimState(),
      Array.from({ length: 40 }, (_, i) => `6000000000000000000000${String(i).padStart(2, '0')}`),
      { now: NOW },
    ).map((s) => s.stage)
    expect(new Set(stages).size).toBeGreaterThan(4)
  })
})
