import type { SimOrderInput } from './sim-order-build.js'
import type { SimFulfillmentStatus } from './sim-order-records.js'

/** Ids of the orders the demo buyers' messages refer to (see seed-allegro-demo.ts). */
export const DEMO_ORDER_IDS = {
  kettle: '3c6b7a40-1f2e-11ef-9a8b-5b1d2c3e4f50',
  blender: '7e0f2d91-2a4b-11ef-8c3d-1f2e3d4c5b6a',
  invoice: 'a1b2c3d4-3b5c-11ef-9d4e-2a3b4c5d6e7f',
} as const

/** Ids of the delivered orders the demo customer returns are declared on. */
export const DEMO_RETURN_ORDER_IDS = {
  dryer: '5f3e2d1c-4a5b-11ef-8e7f-3b4c5d6e7f80',
  vacuum: '9a8b7c6d-4c5d-11ef-a1b2-4c5d6e7f8091',
} as const

const DPD_COURIER = {
  methodId: '5d9c7838-e05f-4dec-afdd-58e884170ba7',
  methodName: 'Allegro Kurier DPD',
  pickupPoint: null,
}
const INPOST_COURIER = {
  methodId: '98f86f81-0018-41c5-ac83-073a56fc7021',
  methodName: 'Allegro Kurier InPost',
  pickupPoint: null,
}
const ORLEN_POINT = {
  methodId: '0aea6f6b-5ee1-4c9c-a1a4-2bd0c8b1c4f1',
  methodName: 'Allegro Automat ORLEN Paczka',
  pickupPoint: {
    id: 'PLK-KR-1201',
    name: 'Automat ORLEN Paczka',
    description: 'Stacja ORLEN, ul. Opolska 100',
    address: { street: 'ul. Opolska 100', city: 'Kraków', postCode: '31-323', countryCode: 'PL' },
  },
}

/** One demo order and what happened to it after the purchase. */
export interface DemoOrder {
  input: Omit<SimOrderInput, 'sellerLogin' | 'boughtAt' | 'dispatchBy'>
  boughtHoursAgo: number
  dispatchInHours?: number
  /** Seller status changes, oldest first, as [status, hours ago]. */
  fulfillment?: Array<[SimFulfillmentStatus, number]>
  waybill?: { carrierId: string; number: string; hoursAgo: number }
}

/** The demo seller's orders: new, unpaid, paid with a deadline near, sent, delivered, cancelled. */
export const DEMO_ORDERS: DemoOrder[] = [
  {
    // Katarzyna wrote about this kettle: paid on Monday, still not sent, deadline today.
    input: {
      id: DEMO_ORDER_IDS.kettle,
      buyerLogin: 'kasia_kowalska88',
      buyer: {
        firstName: 'Katarzyna',
        lastName: 'Kowalska',
        phoneNumber: '601234567',
        address: { street: 'ul. Ogrodowa 5/12', city: 'Łódź', postCode: '90-024' },
      },
      items: [
        {
          name: 'Czajnik elektryczny Bosch TWK3A011 1,7 l 2400 W',
          quantity: 1,
          priceAmount: '119.99',
          externalId: 'BOSCH-TWK3A011',
        },
      ],
      delivery: {
        pickupPoint: {
          id: 'LOD23M',
          name: 'Paczkomat LOD23M',
          description: 'Przy Biedronce',
          address: { street: 'ul. Zielona 8', city: 'Łódź', postCode: '90-601', countryCode: 'PL' },
        },
        cost: '8.99',
      },
    },
    boughtHoursAgo: 54,
    dispatchInHours: 3,
    fulfillment: [
      ['PROCESSING', 50],
      ['READY_FOR_SHIPMENT', 47],
    ],
  },
  {
    // Marek's blender arrived yesterday with a cracked jug.
    input: {
      id: DEMO_ORDER_IDS.blender,
      buyerLogin: 'marek.nowak84',
      buyer: {
        firstName: 'Marek',
        lastName: 'Nowak',
        phoneNumber: '512345678',
        address: { street: 'ul. Długa 44', city: 'Gdańsk', postCode: '80-831' },
      },
      items: [
        {
          name: 'Blender kielichowy Philips HR2041/00 450 W',
          quantity: 1,
          priceAmount: '169.00',
          externalId: 'PH-HR2041',
        },
      ],
      delivery: { ...DPD_COURIER, cost: '14.99' },
    },
    boughtHoursAgo: 96,
    fulfillment: [
      ['PROCESSING', 90],
      ['SENT', 72],
      ['PICKED_UP', 20],
    ],
    waybill: { carrierId: 'DPD', number: '1000634829311U', hoursAgo: 72 },
  },
  {
    // BUDMAX wants a VAT invoice for an office order that is already on its way.
    input: {
      id: DEMO_ORDER_IDS.invoice,
      buyerLogin: 'budmax_zakupy',
      buyer: {
        firstName: 'Agnieszka',
        lastName: 'Mazur',
        companyName: 'BUDMAX Sp. z o.o.',
        phoneNumber: '618523344',
        address: { street: 'ul. Przemysłowa 12', city: 'Poznań', postCode: '61-001' },
      },
      items: [
        {
          name: "Ekspres ciśnieniowy De'Longhi Magnifica S ECAM 22.110.B",
          quantity: 1,
          priceAmount: '1299.00',
          externalId: 'DL-ECAM22110B',
        },
        {
          name: "Filtr wody De'Longhi DLSC002",
          quantity: 2,
          priceAmount: '49.90',
          externalId: 'DL-DLSC002',
        },
      ],
      delivery: { ...INPOST_COURIER, cost: '0.00' },
    },
    boughtHoursAgo: 30,
    fulfillment: [
      ['PROCESSING', 20],
      ['SENT', 6],
    ],
    waybill: { carrierId: 'INPOST', number: '620111222333444555666777', hoursAgo: 6 },
  },
  {
    // Filled in the delivery form but has not paid yet.
    input: {
      buyerLogin: 'zofia_m',
      buyer: {
        firstName: 'Zofia',
        lastName: 'Michalska',
        address: { street: 'ul. Lipowa 3', city: 'Lublin', postCode: '20-020' },
      },
      items: [
        {
          name: 'Lokówka automatyczna Remington CI5860 Curl & Straight',
          quantity: 1,
          priceAmount: '189.99',
        },
      ],
      status: 'FILLED_IN',
      delivery: {
        pickupPoint: {
          id: 'LUB05M',
          name: 'Paczkomat LUB05M',
          description: 'Przy wejściu do galerii',
          address: {
            street: 'ul. Lipowa 13',
            city: 'Lublin',
            postCode: '20-020',
            countryCode: 'PL',
          },
        },
        cost: '8.99',
      },
    },
    boughtHoursAgo: 2,
  },
  {
    // Changed his mind an hour after buying.
    input: {
      buyerLogin: 'piotr.zielinski',
      buyer: {
        firstName: 'Piotr',
        lastName: 'Zieliński',
        address: { street: 'ul. Słoneczna 17', city: 'Wrocław', postCode: '50-001' },
      },
      items: [
        {
          name: 'Żelazko parowe Tefal Ultragliss FV4980',
          quantity: 1,
          priceAmount: '249.00',
          externalId: 'TEF-FV4980',
        },
      ],
      status: 'CANCELLED',
      delivery: { ...DPD_COURIER, cost: '14.99' },
    },
    boughtHoursAgo: 26,
  },
  {
    // Paid this morning, company invoice requested, to be dispatched by tomorrow.
    input: {
      buyerLogin: 'ola_kwiatkowska',
      buyer: {
        firstName: 'Aleksandra',
        lastName: 'Kwiatkowska',
        phoneNumber: '698112233',
        address: { street: 'ul. Krakowska 21', city: 'Katowice', postCode: '40-001' },
      },
      items: [
        {
          name: 'Słuchawki bezprzewodowe JBL Tune 520BT niebieskie',
          quantity: 2,
          priceAmount: '159.99',
          originalPriceAmount: '179.99',
          externalId: 'JBL-T520BT-BL',
        },
      ],
      invoice: {
        required: true,
        company: { name: 'Kwiatkowska Design Aleksandra Kwiatkowska', taxId: '6342871234' },
      },
    },
    boughtHoursAgo: 4,
    dispatchInHours: 28,
  },
  {
    // A gift delivered to an ORLEN station; the spare filter is being returned (sim-returns-seed).
    input: {
      id: DEMO_RETURN_ORDER_IDS.vacuum,
      buyerLogin: 'jan.wojcik',
      buyer: {
        firstName: 'Jan',
        lastName: 'Wójcik',
        phoneNumber: '503998877',
        address: { street: 'os. Centrum C 5/20', city: 'Kraków', postCode: '31-929' },
      },
      items: [
        {
          name: 'Odkurzacz pionowy Xiaomi Mi Vacuum Cleaner G10',
          quantity: 1,
          priceAmount: '899.00',
          externalId: 'XI-G10',
        },
        { name: 'Filtr HEPA do Xiaomi G10', quantity: 1, priceAmount: '39.99' },
      ],
      delivery: { ...ORLEN_POINT, cost: '7.99' },
      messageToSeller: 'Proszę o staranne zapakowanie, to prezent.',
    },
    boughtHoursAgo: 12 * 24,
    fulfillment: [
      ['PROCESSING', 12 * 24 - 2],
      ['SENT', 11 * 24],
      ['PICKED_UP', 10 * 24],
    ],
    waybill: { carrierId: 'ORLEN_PACZKA', number: '6000123456789012', hoursAgo: 11 * 24 },
  },
  {
    // Picked up from a Paczkomat a week ago and sent back as a withdrawal (sim-returns-seed).
    input: {
      id: DEMO_RETURN_ORDER_IDS.dryer,
      buyerLogin: 'ewa.lewandowska',
      buyer: {
        firstName: 'Ewa',
        lastName: 'Lewandowska',
        phoneNumber: '607445566',
        address: { street: 'ul. Morska 9', city: 'Szczecin', postCode: '70-001' },
      },
      items: [
        { name: 'Suszarka do włosów Philips BHD350/10 2100 W', quantity: 1, priceAmount: '129.00' },
      ],
      delivery: {
        pickupPoint: {
          id: 'SZC01N',
          name: 'Paczkomat SZC01N',
          description: 'Przy stacji paliw',
          address: {
            street: 'ul. Wojska Polskiego 1',
            city: 'Szczecin',
            postCode: '70-470',
            countryCode: 'PL',
          },
        },
        cost: '8.99',
      },
    },
    boughtHoursAgo: 9 * 24,
    fulfillment: [
      ['SENT', 8 * 24],
      ['PICKED_UP', 7 * 24],
    ],
    waybill: { carrierId: 'INPOST', number: '630222333444555666777888', hoursAgo: 8 * 24 },
  },
]
