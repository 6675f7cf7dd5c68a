import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningAllegroSimulator } from '../../../../simulators/allegro/start-allegro-simulator.js'
import { allegroCarrierIdOf, carrierFromAllegroId } from './allegro-carriers.js'
import { orderStatusOfForm } from './allegro-order-status.js'
import type { AllegroCheckoutForm } from './allegro-order-types.js'
import { getCheckoutForm } from './allegro-orders-api.js'
import { ordersClient, placeOrder, startOrdersSimulator } from './allegro-orders-test-kit.js'
import { mapAllegroShipments, mapCheckoutForm } from './map-checkout-form.js'

let sim: RunningAllegroSimulator
beforeAll(async () => {
  sim = await startOrdersSimulator()
})
afterAll(() => sim.close())

describe('mapCheckoutForm', () => {
  it('normalises a full form read from the simulator', async () => {
    const boughtAt = new Date('2026-05-04T08:15:00.000Z')
    const dispatchBy = new Date('2026-05-06T14:00:00.000Z')
    const placed = placeOrder(sim, {
      buyerLogin: 'kasia_kowalska88',
      buyer: {
        firstName: 'Katarzyna',
        lastName: 'Kowalska',
        phoneNumber: '601234567',
        language: 'pl-PL',
        address: { street: 'ul. Ogrodowa 5/12', city: 'Łódź', postCode: '90-024' },
      },
      items: [
        {
          name: 'Czajnik Bosch TWK3A011',
          quantity: 1,
          priceAmount: '119.99',
          externalId: 'BOSCH-1',
        },
        { name: 'Filtr do czajnika', quantity: 3, priceAmount: '4.35' },
      ],
      delivery: { methodName: 'Allegro Kurier DPD', pickupPoint: null, cost: '14.99' },
      invoice: { required: true, company: { name: 'Kowalska Studio', taxId: '7251234567' } },
      boughtAt,
      dispatchBy,
    })
    const form = await getCheckoutForm(ordersClient(sim), placed.id)
    const order = mapCheckoutForm(form, { channelAccountId: 'acc-1' })
    expect(order).toEqual({
      source: 'allegro',
      externalId: placed.id,
      number: placed.id,
      marketplace: 'allegro',
      channelAccountId: 'acc-1',
      buyer: {
        name: 'Katarzyna Kowalska',
        email: form.buyer.email,
        phone: '601234567',
        login: 'kasia_kowalska88',
        locale: 'pl-PL',
      },
      shippingAddress: {
        name: 'Katarzyna Kowalska',
        company: null,
        phone: '601234567',
        street: 'ul. Ogrodowa 5/12',
        city: 'Łódź',
        postCode: '90-024',
        countryCode: 'PL',
      },
      billingAddress: {
        name: 'Kowalska Studio',
        company: 'Kowalska Studio',
        phone: null,
        street: 'ul. Ogrodowa 5/12',
        city: 'Łódź',
        postCode: '90-024',
        countryCode: 'PL',
      },
      currency: 'PLN',
      items: [
        {
          externalId: placed.lineItems[0]!.id,
          sku: 'BOSCH-1',
          name: 'Czajnik Bosch TWK3A011',
          quantity: 1,
          unitPriceMinor: 11999,
        },
        {
          externalId: placed.lineItems[1]!.id,
          sku: null,
          name: 'Filtr do czajnika',
          quantity: 3,
          unitPriceMinor: 435,
        },
      ],
      shippingMinor: 1499,
      // 119.99 + 3 × 4.35 + 14.99
      totalMinor: 14803,
      status: 'paid',
      placedAt: boughtAt,
      paidAt: new Date('2026-05-04T08:17:00.000Z'),
      shipBy: dispatchBy,
      deliveredAt: null,
      invoiceNumber: null,
      shipments: [],
    })
    expect(order.buyer.email).toMatch(/@allegromail\.pl$/)
  })

  it('maps form and fulfillment statuses to ours', () => {
    const cases: Array<[AllegroCheckoutForm['status'], string | null, string]> = [
      ['BOUGHT', 'NEW', 'placed'],
      ['FILLED_IN', null, 'placed'],
      ['READY_FOR_PROCESSING', 'NEW', 'paid'],
      ['READY_FOR_PROCESSING', 'PROCESSING', 'paid'],
      ['READY_FOR_PROCESSING', 'SUSPENDED', 'paid'],
      ['READY_FOR_PROCESSING', 'READY_FOR_SHIPMENT', 'ready_to_ship'],
      ['READY_FOR_PROCESSING', 'READY_FOR_PICKUP', 'ready_to_ship'],
      ['READY_FOR_PROCESSING', 'SENT', 'shipped'],
      ['READY_FOR_PROCESSING', 'PICKED_UP', 'delivered'],
      ['READY_FOR_PROCESSING', 'CANCELLED', 'cancelled_by_seller'],
      ['READY_FOR_PROCESSING', 'RETURNED', 'returned'],
      ['CANCELLED', 'NEW', 'cancelled_by_buyer'],
      ['CANCELLED', 'CANCELLED', 'cancelled_by_buyer'],
    ]
    for (const [status, fulfillment, expected] of cases) {
      const form = { status, fulfillment: fulfillment ? { status: fulfillment } : null }
      expect(orderStatusOfForm(form as AllegroCheckoutForm), `${status}/${fulfillment}`).toBe(
        expected,
      )
    }
  })

  it('recognises carriers by Allegro id, by typed name for OTHER, and maps back', () => {
    expect(
      mapAllegroShipments([
        { id: '1', carrierId: 'INPOST', waybill: '620111222333444555666777' },
        { id: '2', carrierId: 'POCZTA_POLSKA', waybill: '00659007734123456789' },
        { id: '3', carrierId: 'OTHER', carrierName: 'Kurier DPD Pickup', waybill: 'D1' },
        { id: '4', carrierId: 'OTHER', carrierName: 'Kurier Jan', waybill: 'J1' },
        { id: '5', carrierId: 'ALLEGRO', waybill: 'A1' },
      ]),
    ).toEqual([
      { carrier: 'inpost', trackingNumber: '620111222333444555666777' },
      { carrier: 'poczta_polska', trackingNumber: '00659007734123456789' },
      { carrier: 'dpd', trackingNumber: 'D1' },
      { carrier: null, trackingNumber: 'J1' },
      { carrier: null, trackingNumber: 'A1' },
    ])
    expect(carrierFromAllegroId('PACZKA_W_RUCHU')).toBe('orlen_paczka')
    for (const code of [
      'inpost',
      'dpd',
      'dhl',
      'gls',
      'ups',
      'poczta_polska',
      'orlen_paczka',
    ] as const) {
      expect(carrierFromAllegroId(allegroCarrierIdOf(code))).toBe(code)
    }
  })
})
