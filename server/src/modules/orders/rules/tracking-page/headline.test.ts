import { describe, expect, it } from 'vitest'
import { type HeadlineParcel, progressStep, trackingHeadline } from './headline.js'

const TODAY = '2025-05-14'
const p = (
  status: HeadlineParcel['status'],
  statusDate: string | null = TODAY,
): HeadlineParcel => ({
  status,
  statusDate,
})

describe('trackingHeadline', () => {
  it('promises delivery today only when the carrier went out today', () => {
    expect(trackingHeadline({ status: 'shipped' }, [p('out_for_delivery')], TODAY).key).toBe(
      'out_for_delivery_today',
    )
    expect(
      trackingHeadline({ status: 'shipped' }, [p('out_for_delivery', '2025-05-13')], TODAY).key,
    ).toBe('out_for_delivery')
  })

  it('lets the parcel that needs attention speak, and counts delivered ones', () => {
    const headline = trackingHeadline(
      { status: 'shipped' },
      [p('delivered'), p('in_transit'), p('exception')],
      TODAY,
    )
    expect(headline).toEqual({ key: 'exception', deliveredParcels: 1, totalParcels: 3 })
    expect(
      trackingHeadline({ status: 'shipped' }, [p('delivered'), p('in_transit')], TODAY).key,
    ).toBe('in_transit')
  })

  it('says delivered when every parcel is, even before the order row knows', () => {
    expect(
      trackingHeadline({ status: 'shipped' }, [p('delivered'), p('delivered')], TODAY).key,
    ).toBe('delivered')
    expect(trackingHeadline({ status: 'delivered' }, [], TODAY).key).toBe('delivered')
  })

  it('puts cancelled and returned orders above whatever the parcels do', () => {
    expect(trackingHeadline({ status: 'cancelled_by_buyer' }, [p('in_transit')], TODAY).key).toBe(
      'cancelled',
    )
    expect(trackingHeadline({ status: 'returned' }, [p('delivered')], TODAY).key).toBe('returned')
  })

  it('falls back on the order: unscanned parcels read as shipped, else the status itself', () => {
    expect(trackingHeadline({ status: 'ready_to_ship' }, [p(null, null)], TODAY).key).toBe(
      'shipped',
    )
    expect(trackingHeadline({ status: 'shipped' }, [p('info_received')], TODAY).key).toBe('shipped')
    expect(trackingHeadline({ status: 'paid' }, [], TODAY).key).toBe('paid')
    expect(trackingHeadline({ status: 'placed' }, [], TODAY).key).toBe('placed')
  })
})

describe('progressStep', () => {
  it('places headlines on ordered → shipped → on its way → delivered', () => {
    expect(progressStep('paid')).toBe(0)
    expect(progressStep('shipped')).toBe(1)
    expect(progressStep('available_for_pickup')).toBe(2)
    expect(progressStep('delivered')).toBe(3)
    expect(progressStep('cancelled')).toBeNull()
  })
})
