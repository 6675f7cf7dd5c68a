import { describe, expect, it } from 'vitest'
import {
  addDeliveryDays,
  type DeliveryOrder,
  type DeliveryParcel,
  expectedDelivery,
} from './expected-delivery.js'

const ZONE = 'Europe/Warsaw'
const order = (overrides: Partial<DeliveryOrder> = {}): DeliveryOrder => ({
  status: 'shipped',
  shippedAt: null,
  shipBy: null,
  expectedDeliveryAt: null,
  countryCode: 'PL',
  ...overrides,
})
const parcel = (overrides: Partial<DeliveryParcel> = {}): DeliveryParcel => ({
  carrier: 'inpost',
  status: 'in_transit',
  statusAt: null,
  expectedDeliveryAt: null,
  firstScanAt: null,
  ...overrides,
})
const at = (iso: string) => new Date(iso)

describe('addDeliveryDays', () => {
  it('skips weekends: D+1 of a Friday is the Monday', () => {
    expect(addDeliveryDays('2025-05-09', 1)).toBe('2025-05-12')
  })
  it('skips Polish statutory holidays, Christmas Eve from 2025 on', () => {
    expect(addDeliveryDays('2025-12-23', 1)).toBe('2025-12-29')
    expect(addDeliveryDays('2024-12-23', 1)).toBe('2024-12-24')
  })
  it('skips 1 and 3 May', () => {
    expect(addDeliveryDays('2025-04-30', 1)).toBe('2025-05-02')
    expect(addDeliveryDays('2025-04-30', 4)).toBe('2025-05-07')
  })
})

describe('expectedDelivery', () => {
  it("uses the carrier's date, as a calendar day in the shop's zone", () => {
    const eta = expectedDelivery({
      order: order(),
      // 22:30 UTC is already the next day in Warsaw (CEST, UTC+2).
      parcels: [parcel({ expectedDeliveryAt: at('2025-05-14T22:30:00Z') })],
      now: at('2025-05-13T08:00:00Z'),
      timeZone: ZONE,
    })
    expect(eta).toEqual({ kind: 'carrier', date: '2025-05-15' })
  })

  it("estimates from the first scan and the carrier's usual transit time", () => {
    const eta = expectedDelivery({
      order: order(),
      parcels: [parcel({ firstScanAt: at('2025-05-09T13:00:00Z') })],
      now: at('2025-05-09T15:00:00Z'),
      timeZone: ZONE,
    })
    expect(eta).toEqual({ kind: 'estimated', from: '2025-05-12', to: '2025-05-13' })
  })

  it('widens the estimate for a slower carrier and for a parcel abroad', () => {
    const now = at('2025-05-12T09:00:00Z')
    const post = expectedDelivery({
      order: order({ shippedAt: at('2025-05-12T07:00:00Z') }),
      parcels: [parcel({ carrier: 'poczta_polska' })],
      now,
      timeZone: ZONE,
    })
    expect(post).toEqual({ kind: 'estimated', from: '2025-05-13', to: '2025-05-16' })
    const abroad = expectedDelivery({
      order: order({ shippedAt: at('2025-05-12T07:00:00Z'), countryCode: 'DE' }),
      parcels: [parcel()],
      now,
      timeZone: ZONE,
    })
    expect(abroad).toEqual({ kind: 'estimated', from: '2025-05-14', to: '2025-05-19' })
  })

  it('never starts an estimate before today', () => {
    const eta = expectedDelivery({
      order: order(),
      parcels: [parcel({ firstScanAt: at('2025-05-12T10:00:00Z') })],
      now: at('2025-05-14T08:00:00Z'),
      timeZone: ZONE,
    })
    expect(eta).toEqual({ kind: 'estimated', from: '2025-05-14', to: '2025-05-14' })
  })

  it('says "late" once the whole window has passed', () => {
    const eta = expectedDelivery({
      order: order(),
      parcels: [parcel({ firstScanAt: at('2025-05-05T10:00:00Z') })],
      now: at('2025-05-14T08:00:00Z'),
      timeZone: ZONE,
    })
    expect(eta).toEqual({ kind: 'late' })
  })

  it('promises today for a parcel out for delivery today', () => {
    const eta = expectedDelivery({
      order: order(),
      parcels: [parcel({ status: 'out_for_delivery', statusAt: at('2025-05-14T05:10:00Z') })],
      now: at('2025-05-14T08:00:00Z'),
      timeZone: ZONE,
    })
    expect(eta).toEqual({ kind: 'carrier', date: '2025-05-14' })
  })

  it('counts a not yet shipped order from its ship-by date, carrier unknown', () => {
    const eta = expectedDelivery({
      order: order({ status: 'paid', shipBy: at('2025-05-13T14:00:00Z') }),
      parcels: [],
      now: at('2025-05-12T08:00:00Z'),
      timeZone: ZONE,
    })
    expect(eta).toEqual({ kind: 'estimated', from: '2025-05-14', to: '2025-05-16' })
    const unknown = expectedDelivery({
      order: order({ status: 'paid' }),
      parcels: [],
      now: at('2025-05-12T08:00:00Z'),
      timeZone: ZONE,
    })
    expect(unknown).toBeNull()
  })

  it('waits for the last of several parcels, an estimate if any part is one', () => {
    const now = at('2025-05-12T08:00:00Z')
    const mixed = expectedDelivery({
      order: order(),
      parcels: [
        parcel({ expectedDeliveryAt: at('2025-05-13T10:00:00Z') }),
        parcel({ carrier: 'gls', firstScanAt: at('2025-05-12T07:00:00Z') }),
      ],
      now,
      timeZone: ZONE,
    })
    expect(mixed).toEqual({ kind: 'estimated', from: '2025-05-13', to: '2025-05-15' })
    const carriers = expectedDelivery({
      order: order(),
      parcels: [
        parcel({ expectedDeliveryAt: at('2025-05-13T10:00:00Z') }),
        parcel({ expectedDeliveryAt: at('2025-05-14T10:00:00Z') }),
      ],
      now,
      timeZone: ZONE,
    })
    expect(carriers).toEqual({ kind: 'carrier', date: '2025-05-14' })
  })

  it('estimates nothing for a parcel held up by a problem, unless the carrier gave a date', () => {
    const now = at('2025-05-12T08:00:00Z')
    const firstScanAt = at('2025-05-12T07:00:00Z')
    const held = parcel({ status: 'exception', firstScanAt })
    expect(expectedDelivery({ order: order(), parcels: [held], now, timeZone: ZONE })).toBeNull()
    const dated = { ...held, expectedDeliveryAt: at('2025-05-15T10:00:00Z') }
    expect(expectedDelivery({ order: order(), parcels: [dated], now, timeZone: ZONE })).toEqual({
      kind: 'carrier',
      date: '2025-05-15',
    })
  })

  it('expects nothing of a finished order or of parcels no longer on their way', () => {
    const now = at('2025-05-12T08:00:00Z')
    for (const status of ['delivered', 'cancelled_by_seller', 'returned'] as const)
      expect(
        expectedDelivery({ order: order({ status }), parcels: [parcel()], now, timeZone: ZONE }),
      ).toBeNull()
    for (const status of ['delivered', 'available_for_pickup', 'returned_to_sender'] as const)
      expect(
        expectedDelivery({ order: order(), parcels: [parcel({ status })], now, timeZone: ZONE }),
      ).toBeNull()
  })
})
