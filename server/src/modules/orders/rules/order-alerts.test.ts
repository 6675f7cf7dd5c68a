import { describe, expect, it } from 'vitest'
import { noScanAlert, shipByAlert, trackingStatusAlert } from './order-alerts.js'

const now = new Date('2026-11-20T10:00:00Z')
const inHours = (h: number) => new Date(now.getTime() + h * 3600_000)

describe('shipByAlert', () => {
  it('warns inside the window, flags a missed deadline, ignores shipped or far orders', () => {
    expect(
      shipByAlert({ status: 'paid', shipBy: inHours(5), hasShipment: false }, 12, now)?.kind,
    ).toBe('ship_by_at_risk')
    expect(
      shipByAlert({ status: 'paid', shipBy: inHours(-3), hasShipment: false }, 12, now),
    ).toEqual({
      kind: 'ship_by_missed',
      detail: 'Ship-by deadline passed 3 h ago',
    })
    expect(
      shipByAlert({ status: 'paid', shipBy: inHours(30), hasShipment: false }, 12, now),
    ).toBeNull()
    expect(
      shipByAlert({ status: 'paid', shipBy: inHours(5), hasShipment: true }, 12, now),
    ).toBeNull()
    expect(
      shipByAlert({ status: 'shipped', shipBy: inHours(-5), hasShipment: false }, 12, now),
    ).toBeNull()
    expect(
      shipByAlert(
        { status: 'cancelled_by_buyer', shipBy: inHours(-5), hasShipment: false },
        12,
        now,
      ),
    ).toBeNull()
  })
})

describe('noScanAlert', () => {
  it('counts quiet days from the last scan, or from when the parcel was added', () => {
    const created = inHours(-24 * 10)
    expect(
      noScanAlert(
        { status: 'in_transit', lastScanAt: inHours(-24 * 4), createdAt: created },
        3,
        now,
      )?.detail,
    ).toBe('No carrier scan for 4 days')
    expect(
      noScanAlert(
        { status: 'in_transit', lastScanAt: inHours(-24 * 2), createdAt: created },
        3,
        now,
      ),
    ).toBeNull()
    expect(noScanAlert({ status: null, lastScanAt: null, createdAt: created }, 3, now)?.kind).toBe(
      'no_scan',
    )
    expect(
      noScanAlert({ status: 'delivered', lastScanAt: created, createdAt: created }, 3, now),
    ).toBeNull()
  })
})

describe('trackingStatusAlert', () => {
  it('raises exceptions and returns, nothing else', () => {
    expect(trackingStatusAlert('exception', 'Damaged')?.detail).toBe(
      'Carrier reported a problem: Damaged',
    )
    expect(trackingStatusAlert('returned_to_sender', null)?.kind).toBe('returned_to_sender')
    expect(trackingStatusAlert('in_transit', null)).toBeNull()
  })
})
