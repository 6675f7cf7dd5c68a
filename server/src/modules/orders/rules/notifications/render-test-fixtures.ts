import type { OrderNotificationInput } from './notification-kinds.js'

/** A realistic order for renderer tests: two lines, a parcel and a seller's branding. */
export function sampleNotificationInput(
  overrides: Partial<OrderNotificationInput> = {},
): OrderNotificationInput {
  return {
    locale: 'pl-PL',
    order: {
      number: 'KK-10482',
      items: [
        { name: 'Kabel USB-C 2 m', quantity: 2 },
        { name: 'Ładowarka 65 W', quantity: 1 },
      ],
      totalMinor: 21997,
      currency: 'PLN',
      expectedDeliveryAt: new Date('2025-01-14T10:00:00Z'),
      timeZone: 'Europe/Warsaw',
    },
    shipment: {
      carrierLabel: 'InPost',
      trackingNumber: '520113015234567890123456',
      trackingUrl: 'https://inpost.pl/sledzenie-przesylek?number=520113015234567890123456',
    },
    trackingPageUrl: 'https://sklep.example.pl/t/8f3k2m9q',
    branding: {
      shopName: 'ElektroMarket',
      accentColor: '#e11d48',
      replyToEmail: 'pomoc@elektromarket.pl',
      footer: 'ElektroMarket sp. z o.o.\nul. Prosta 1, 00-001 Warszawa',
    },
    customerName: 'Anna Kowalska',
    ...overrides,
  }
}
