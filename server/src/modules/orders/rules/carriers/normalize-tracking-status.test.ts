import { describe, expect, it } from 'vitest'
import { TRACKING_STATUSES } from '../../contract.js'
import { INPOST_STATUSES, inpostStatusTitle } from './inpost-statuses.js'
import { normalizeTrackingStatus } from './normalize-tracking-status.js'

describe('normalizeTrackingStatus: InPost ShipX', () => {
  it('reads the ShipX journey of a locker parcel', () => {
    const journey = {
      created: 'info_received',
      offers_prepared: 'info_received',
      confirmed: 'info_received',
      dispatched_by_sender: 'in_transit',
      collected_from_sender: 'in_transit',
      taken_by_courier: 'in_transit',
      adopted_at_source_branch: 'in_transit',
      sent_from_source_branch: 'in_transit',
      adopted_at_sorting_center: 'in_transit',
      sent_from_sorting_center: 'in_transit',
      adopted_at_target_branch: 'in_transit',
      out_for_delivery: 'out_for_delivery',
      ready_to_pickup: 'available_for_pickup',
      pickup_reminder_sent: 'available_for_pickup',
      delivered: 'delivered',
    } as const
    for (const [code, status] of Object.entries(journey)) {
      expect(normalizeTrackingStatus('inpost', code), code).toBe(status)
    }
  })

  it('reads the troubles: failed attempts, exceptions, substitute points and returns', () => {
    const troubles = {
      avizo: 'failed_attempt',
      undelivered_wrong_address: 'failed_attempt',
      undelivered_unknown_receiver: 'failed_attempt',
      undelivered_cod_cash_receiver: 'failed_attempt',
      undelivered: 'exception',
      rejected_by_receiver: 'exception',
      pickup_time_expired: 'exception',
      delay_in_delivery: 'exception',
      canceled: 'exception',
      redirect_to_box: 'in_transit',
      readdressed: 'in_transit',
      stack_in_box_machine: 'available_for_pickup',
      stack_in_customer_service_point: 'available_for_pickup',
      returned_to_sender: 'returned_to_sender',
    } as const
    for (const [code, status] of Object.entries(troubles)) {
      expect(normalizeTrackingStatus('inpost', code), code).toBe(status)
    }
  })

  it('answers null for codes that say nothing or that ShipX does not list', () => {
    expect(normalizeTrackingStatus('inpost', 'other')).toBeNull()
    expect(normalizeTrackingStatus('inpost', 'teleported')).toBeNull()
    expect(normalizeTrackingStatus('inpost', '')).toBeNull()
    expect(normalizeTrackingStatus('inpost', null)).toBeNull()
    expect(normalizeTrackingStatus('inpost', ' Delivered ')).toBe('delivered')
  })

  it('reads every listed status as a known tracking status or null, with both titles', () => {
    // The ShipX list as GET /v1/statuses returns it.
    const shipx = `created offers_prepared offer_selected confirmed dispatched_by_sender
      collected_from_sender taken_by_courier adopted_at_source_branch sent_from_source_branch
      ready_to_pickup_from_pok ready_to_pickup_from_pok_registered oversized
      adopted_at_sorting_center sent_from_sorting_center adopted_at_target_branch out_for_delivery
      ready_to_pickup pickup_reminder_sent delivered pickup_time_expired avizo claimed
      returned_to_sender canceled other dispatched_by_sender_to_pok out_for_delivery_to_address
      pickup_reminder_sent_address rejected_by_receiver undelivered_wrong_address
      undelivered_incomplete_address undelivered_unknown_receiver undelivered_cod_cash_receiver
      taken_by_courier_from_pok undelivered return_pickup_confirmation_to_sender
      ready_to_pickup_from_branch delay_in_delivery redirect_to_box canceled_redirect_to_box
      readdressed undelivered_no_mailbox undelivered_not_live_address
      undelivered_lack_of_access_letterbox missing stack_in_customer_service_point
      stack_parcel_pickup_time_expired unstack_from_customer_service_point
      courier_avizo_in_customer_service_point taken_by_courier_from_customer_service_point
      stack_in_box_machine stack_parcel_in_box_machine_pickup_time_expired
      unstack_from_box_machine`.split(/\s+/)
    for (const code of shipx) expect(Object.keys(INPOST_STATUSES), code).toContain(code)
    for (const [code, [status, pl, en]] of Object.entries(INPOST_STATUSES)) {
      if (status !== null) expect(TRACKING_STATUSES, code).toContain(status)
      expect(pl.length, code).toBeGreaterThan(3)
      expect(en.length, code).toBeGreaterThan(3)
    }
    expect(inpostStatusTitle('ready_to_pickup')).toBe('Umieszczona w Paczkomacie (odbiorczym).')
    expect(inpostStatusTitle('ready_to_pickup', 'en')).toBe(
      'Placed in the destination parcel locker.',
    )
    expect(inpostStatusTitle('delivered', 'de')).toBe('Delivered.')
    expect(inpostStatusTitle('unknown_code')).toBeNull()
  })
})

describe('normalizeTrackingStatus: other carriers', () => {
  it('reads DHL Unified API status codes', () => {
    expect(normalizeTrackingStatus('dhl', 'pre-transit')).toBe('info_received')
    expect(normalizeTrackingStatus('dhl', 'transit')).toBe('in_transit')
    expect(normalizeTrackingStatus('dhl', 'delivered')).toBe('delivered')
    expect(normalizeTrackingStatus('dhl', 'failure')).toBe('exception')
    expect(normalizeTrackingStatus('dhl', 'unknown')).toBeNull()
  })

  it('reads UPS status types', () => {
    expect(normalizeTrackingStatus('ups', 'M')).toBe('info_received')
    expect(normalizeTrackingStatus('ups', 'I')).toBe('in_transit')
    expect(normalizeTrackingStatus('ups', 'O')).toBe('out_for_delivery')
    expect(normalizeTrackingStatus('ups', 'd')).toBe('delivered')
    expect(normalizeTrackingStatus('ups', 'X')).toBe('exception')
    expect(normalizeTrackingStatus('ups', 'RS')).toBe('returned_to_sender')
    expect(normalizeTrackingStatus('ups', 'NA')).toBeNull()
  })

  it('reads DPD and GLS progress codes', () => {
    expect(normalizeTrackingStatus('dpd', 'ON_THE_ROAD')).toBe('in_transit')
    expect(normalizeTrackingStatus('dpd', 'DELIVERED')).toBe('delivered')
    expect(normalizeTrackingStatus('dpd', 'LOST_IN_SPACE')).toBeNull()
    expect(normalizeTrackingStatus('gls', 'INDELIVERY')).toBe('out_for_delivery')
    expect(normalizeTrackingStatus('gls', 'DELIVEREDPS')).toBe('available_for_pickup')
    expect(normalizeTrackingStatus('gls', 'NOTDELIVERED')).toBe('failed_attempt')
  })

  it('reads Poczta Polska and ORLEN Paczka Polish event descriptions by keyword', () => {
    const events = {
      Nadanie: 'in_transit',
      'Przyjęcie w sortowni': 'in_transit',
      'Wysłanie z placówki': 'in_transit',
      'Wydanie do doręczenia': 'out_for_delivery',
      'Awizo - przesyłka do odbioru w placówce': 'available_for_pickup',
      'Próba doręczenia': 'failed_attempt',
      Doręczenie: 'delivered',
      'Zwrot do nadawcy': 'returned_to_sender',
    } as const
    for (const [text, status] of Object.entries(events)) {
      expect(normalizeTrackingStatus('poczta_polska', text), text).toBe(status)
    }
    expect(normalizeTrackingStatus('orlen_paczka', 'Nadana w punkcie')).toBe('in_transit')
    expect(normalizeTrackingStatus('orlen_paczka', 'Odebrana przez kuriera')).toBe('in_transit')
    expect(normalizeTrackingStatus('orlen_paczka', 'Gotowa do odbioru')).toBe(
      'available_for_pickup',
    )
    expect(normalizeTrackingStatus('orlen_paczka', 'Odebrana przez odbiorcę')).toBe('delivered')
    expect(normalizeTrackingStatus('orlen_paczka', 'Lorem ipsum')).toBeNull()
  })
})
