import type { NormalizedOrder, OrderStatus, ProductFlag } from './contract.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** The demo coffee shop's catalogue: SKU, name, price in grosze, product flags. */
export const DEMO_PRODUCTS: {
  sku: string
  name: string
  priceMinor: number
  stock: number
  flags?: ProductFlag[]
}[] = [
  {
    sku: 'KAWA-ETI-250',
    name: 'Kawa Etiopia Yirgacheffe 250 g',
    priceMinor: 4900,
    stock: 140,
    flags: ['perishable'],
  },
  {
    sku: 'KAWA-KOL-1000',
    name: 'Kawa Kolumbia Huila 1 kg',
    priceMinor: 12900,
    stock: 35,
    flags: ['perishable'],
  },
  {
    sku: 'KAWA-DEC-250',
    name: 'Kawa bezkofeinowa Swiss Water 250 g',
    priceMinor: 5400,
    stock: 60,
    flags: ['perishable'],
  },
  { sku: 'MLYN-COM-C40', name: 'Młynek Comandante C40 MK4', priceMinor: 129900, stock: 4 },
  { sku: 'DRIP-V60-02', name: 'Drip Hario V60-02 ceramiczny', priceMinor: 11900, stock: 22 },
  {
    sku: 'KUB-GRAW-01',
    name: 'Kubek z grawerem imienia',
    priceMinor: 6900,
    stock: 0,
    flags: ['personalized'],
  },
  {
    sku: 'FILTR-V60-100',
    name: 'Filtry papierowe V60, 100 szt.',
    priceMinor: 1900,
    stock: 300,
    flags: ['sealed_hygiene'],
  },
  {
    sku: 'ZEST-PREZ-01',
    name: 'Zestaw prezentowy na zamówienie',
    priceMinor: 24900,
    stock: 0,
    flags: ['made_to_order'],
  },
]

/** One demo order: who bought what, when, and how far it got. */
export interface DemoOrder {
  number: string
  marketplace: 'shop' | 'amazon'
  buyer: { name: string; email: string; locale: string; phone?: string }
  city: string
  country: string
  lines: [sku: string, quantity: number][]
  status: OrderStatus
  placedDaysAgo: number
  shipByHours?: number
  invoice?: string
  /** An InPost parcel and its scans: [InPost status, days ago]. */
  parcel?: { number: string; scans: [string, number][] }
}

const kasia = {
  name: 'Katarzyna Zielińska',
  email: 'k.zielinska@example.pl',
  locale: 'pl',
  phone: '+48 601 234 567',
}
const tomasz = { name: 'Tomasz Lewandowski', email: 'tomek.lewandowski@example.pl', locale: 'pl' }
const jurgen = { name: 'Jürgen Becker', email: 'j.becker@example.de', locale: 'de' }
const aga = {
  name: 'Agnieszka Wójcik',
  email: 'aga.wojcik@example.pl',
  locale: 'pl',
  phone: '+48 512 987 654',
}
const michal = { name: 'Michał Kamiński', email: 'michal.kaminski@example.pl', locale: 'pl' }
const sarah = { name: 'Sarah Thompson', email: 'sarah.thompson@example.co.uk', locale: 'en' }
const emma = { name: 'Emma Schmidt', email: 'emma.schmidt@example.de', locale: 'de' }
const oliver = { name: 'Oliver Smith', email: 'oliver.smith@example.com', locale: 'en' }
const amazonDe = {
  name: 'Lena Hoffmann',
  email: 'q8x3lz0m4k2w9tb@marketplace.amazon.de',
  locale: 'de',
}

/** Orders behind the demo conversations plus regulars, so panels, segments and alerts have data. */
export const DEMO_ORDERS: DemoOrder[] = [
  {
    number: 'KK-10482',
    marketplace: 'shop',
    buyer: kasia,
    city: 'Poznań',
    country: 'PL',
    lines: [['KAWA-ETI-250', 2]],
    status: 'shipped',
    placedDaysAgo: 7,
    parcel: {
      number: '620145893201457836001842',
      scans: [
        ['confirmed', 6.5],
        ['collected_from_sender', 6],
        ['adopted_at_sorting_center', 5.5],
        ['sent_from_sorting_center', 5],
      ],
    },
  },
  {
    number: 'KK-10301',
    marketplace: 'shop',
    buyer: kasia,
    city: 'Poznań',
    country: 'PL',
    lines: [
      ['KAWA-KOL-1000', 1],
      ['FILTR-V60-100', 1],
    ],
    status: 'delivered',
    placedDaysAgo: 60,
  },
  {
    number: 'KK-10188',
    marketplace: 'shop',
    buyer: kasia,
    city: 'Poznań',
    country: 'PL',
    lines: [
      ['DRIP-V60-02', 1],
      ['KAWA-ETI-250', 1],
    ],
    status: 'delivered',
    placedDaysAgo: 120,
  },
  {
    number: 'KK-10455',
    marketplace: 'shop',
    buyer: tomasz,
    city: 'Łódź',
    country: 'PL',
    lines: [['MLYN-COM-C40', 1]],
    status: 'delivered',
    placedDaysAgo: 5,
    invoice: 'FV/2026/11/0412',
    parcel: {
      number: '620145893201457836002213',
      scans: [
        ['confirmed', 4.8],
        ['collected_from_sender', 4.5],
        ['adopted_at_sorting_center', 4],
        ['out_for_delivery', 3.2],
        ['delivered', 3],
      ],
    },
  },
  {
    number: 'KK-10390',
    marketplace: 'shop',
    buyer: jurgen,
    city: 'Berlin',
    country: 'DE',
    lines: [
      ['KAWA-KOL-1000', 2],
      ['DRIP-V60-02', 1],
    ],
    status: 'delivered',
    placedDaysAgo: 12,
    invoice: 'FV/2026/11/0388',
  },
  {
    number: 'KK-10501',
    marketplace: 'shop',
    buyer: aga,
    city: 'Kraków',
    country: 'PL',
    lines: [
      ['ZEST-PREZ-01', 1],
      ['KAWA-DEC-250', 1],
    ],
    status: 'paid',
    placedDaysAgo: 1,
    shipByHours: 5,
  },
  {
    number: 'KK-10312',
    marketplace: 'shop',
    buyer: michal,
    city: 'Gdańsk',
    country: 'PL',
    lines: [['KAWA-ETI-250', 1]],
    status: 'returned',
    placedDaysAgo: 14,
  },
  {
    number: 'KK-10508',
    marketplace: 'shop',
    buyer: sarah,
    city: 'Bristol',
    country: 'GB',
    lines: [['KAWA-DEC-250', 3]],
    status: 'paid',
    placedDaysAgo: 2,
    shipByHours: -6,
  },
  {
    number: 'KK-10497',
    marketplace: 'shop',
    buyer: emma,
    city: 'München',
    country: 'DE',
    lines: [['KUB-GRAW-01', 2]],
    status: 'ready_to_ship',
    placedDaysAgo: 3,
    shipByHours: 30,
  },
  {
    number: 'KK-10476',
    marketplace: 'shop',
    buyer: oliver,
    city: 'Dublin',
    country: 'IE',
    lines: [
      ['KAWA-ETI-250', 1],
      ['FILTR-V60-100', 2],
    ],
    status: 'shipped',
    placedDaysAgo: 3,
    parcel: {
      number: '620145893201457836003377',
      scans: [
        ['confirmed', 2.6],
        ['collected_from_sender', 2.2],
        ['sent_from_sorting_center', 1.5],
        ['out_for_delivery', 0.2],
      ],
    },
  },
  {
    number: '305-8812345-6671020',
    marketplace: 'amazon',
    buyer: amazonDe,
    city: 'Hamburg',
    country: 'DE',
    lines: [['KAWA-KOL-1000', 1]],
    status: 'delivered',
    placedDaysAgo: 9,
  },
  {
    number: '305-1203948-5527101',
    marketplace: 'amazon',
    buyer: amazonDe,
    city: 'Hamburg',
    country: 'DE',
    lines: [['KAWA-ETI-250', 2]],
    status: 'cancelled_by_buyer',
    placedDaysAgo: 20,
  },
  ...[
    'Anna Nowak',
    'Piotr Wiśniewski',
    'Ewa Dąbrowska',
    'Krzysztof Mazur',
    'Monika Krawczyk',
    'Hans Müller',
    'James Wilson',
  ].flatMap((name, i): DemoOrder[] => {
    const email = `${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace('ł', 'l')
      .replace(/ /g, '.')}@example.${i >= 5 ? (i === 5 ? 'de' : 'com') : 'pl'}`
    const buyer = { name, email, locale: i === 5 ? 'de' : i === 6 ? 'en' : 'pl' }
    return Array.from({ length: 1 + (i % 4) }, (_, k) => ({
      number: `KK-${10100 + i * 10 + k}`,
      marketplace: 'shop' as const,
      buyer,
      city: ['Warszawa', 'Wrocław', 'Lublin', 'Katowice', 'Szczecin', 'Köln', 'London'][
        i
      ] as string,
      country: i === 5 ? 'DE' : i === 6 ? 'GB' : 'PL',
      lines: [[DEMO_PRODUCTS[(i + k) % 5]?.sku as string, 1 + (k % 2)]],
      status: 'delivered' as const,
      placedDaysAgo: 25 + i * 31 + k * 45,
    }))
  }),
]

/** A demo order in the normalised shape, its dates relative to `now`. */
export function demoOrder(order: DemoOrder, now: Date): NormalizedOrder {
  const placedAt = new Date(now.getTime() - order.placedDaysAgo * DAY)
  const paid = order.status !== 'placed' && order.status !== 'cancelled_by_buyer'
  return {
    source: order.marketplace === 'amazon' ? 'amazon' : 'shop',
    externalId: order.number,
    number: order.number,
    marketplace: order.marketplace,
    buyer: {
      name: order.buyer.name,
      email: order.buyer.email,
      phone: order.buyer.phone ?? null,
      login: null,
      locale: order.buyer.locale,
    },
    shippingAddress: {
      name: order.buyer.name,
      city: order.city,
      countryCode: order.country,
      street: null,
      postCode: null,
    },
    currency: order.country === 'PL' ? 'PLN' : order.country === 'GB' ? 'GBP' : 'EUR',
    items: order.lines.map(([sku, quantity]) => {
      const product = DEMO_PRODUCTS.find((p) => p.sku === sku)
      const rate = order.country === 'PL' ? 1 : order.country === 'GB' ? 0.19 : 0.23
      return {
        sku,
        name: product?.name ?? sku,
        quantity,
        unitPriceMinor: Math.round((product?.priceMinor ?? 1000) * rate),
        flags: product?.flags ?? [],
      }
    }),
    shippingMinor: order.country === 'PL' ? 1499 : 990,
    status: order.status,
    placedAt,
    paidAt: paid ? new Date(placedAt.getTime() + HOUR) : null,
    shipBy:
      order.shipByHours !== undefined
        ? new Date(now.getTime() + order.shipByHours * HOUR)
        : new Date(placedAt.getTime() + 2 * DAY),
    deliveredAt: order.status === 'delivered' ? new Date(placedAt.getTime() + 3 * DAY) : null,
    invoiceNumber: order.invoice ?? null,
    shipments: order.parcel ? [{ carrier: 'inpost', trackingNumber: order.parcel.number }] : [],
  }
}
