import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CustomerExport } from './customer-export.js'
import { escapeHtml, formatInstant, formatMoney } from './export-format.js'
import { renderCustomerExportHtml } from './export-html.js'

function buildExport(overrides: Partial<CustomerExport> = {}): CustomerExport {
  return {
    generatedAt: '2025-06-30T12:00:00.000Z',
    controller: { name: 'Kraina Kawy sp. z o.o.', contactEmail: 'rodo@krainakawy.pl' },
    profile: {
      id: '8c7e…',
      name: 'Łukasz Żółw',
      email: 'lukasz@onet.pl',
      phone: '+48601234567',
      locale: 'pl',
      createdAt: '2024-01-02T09:00:00Z',
      updatedAt: '2025-06-01T09:00:00Z',
    },
    identities: [{ kind: 'allegro', externalId: 'lukasz_zolw', createdAt: '2024-01-02T09:00:00Z' }],
    consents: [
      {
        purpose: 'marketing_email',
        granted: true,
        recordedAt: '2024-02-01T10:00:00Z',
        source: 'shop_checkout',
      },
    ],
    notes: [
      {
        createdAt: '2025-01-10T08:00:00Z',
        author: 'Ania',
        body: 'Prefers parcel lockers.\nCall before 17:00.',
      },
    ],
    tags: ['B2B', 'hurt'],
    attributes: { 'preferred size': 'M', newsletterIssues: 12, vatPayer: true, note: null },
    orders: [
      {
        number: 'KK-10482',
        marketplace: 'allegro',
        status: 'delivered',
        placedAt: '2025-03-15T10:00:00Z',
        currency: 'PLN',
        totalMinor: 123_450,
        shippingAddress: 'Długa 5, 00-950 Warszawa, PL',
        items: [
          { name: 'Kawa Etiopia 1 kg', sku: 'ETH-1000', quantity: 2, unitPriceMinor: 61_725 },
        ],
      },
    ],
    conversations: [
      {
        channel: 'allegro',
        subject: 'Gdzie jest paczka?',
        startedAt: '2025-03-16T08:00:00Z',
        messages: [
          {
            sentAt: '2025-03-16T08:00:00Z',
            direction: 'inbound',
            author: null,
            body: 'Dzień dobry, gdzie jest paczka?',
          },
          {
            sentAt: '2025-03-16T09:00:00Z',
            direction: 'outbound',
            author: 'Ania',
            body: 'Jest w paczkomacie WAW01M.',
          },
        ],
      },
    ],
    returns: [
      {
        number: 'R-77',
        kind: 'complaint',
        status: 'accepted',
        openedAt: '2025-04-01T10:00:00Z',
        resolvedAt: null,
        reason: 'Uszkodzone opakowanie',
        orderNumber: 'KK-10482',
      },
    ],
    reviews: [{ source: 'allegro', rating: 5, body: 'Super!', postedAt: '2025-03-20T10:00:00Z' }],
    auditEntries: [
      { at: '2025-06-30T11:59:00Z', actor: 'Ania', action: 'customer.export', detail: null },
    ],
    ...overrides,
  }
}

describe('renderCustomerExportHtml', () => {
  it('is a complete standalone document with every section, in Polish', () => {
    const html = renderCustomerExportHtml(buildExport(), 'pl')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="pl">')
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain("default-src 'none'")
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
    for (const id of [
      'profile',
      'identities',
      'consents',
      'notes',
      'tags',
      'attributes',
      'orders',
      'conversations',
      'returns',
      'reviews',
      'auditEntries',
    ])
      expect(html).toContain(`<section id="${id}">`)
    for (const heading of [
      'Profil',
      'Zgody',
      'Zamówienia',
      'Rozmowy',
      'Zwroty i reklamacje',
      'Historia działań na danych',
    ])
      expect(html).toContain(`<h2>${heading}</h2>`)
    expect(html).toContain('art. 15 ust. 3 RODO')
  })

  it('shows the data itself: orders with items, conversations with messages', () => {
    const html = renderCustomerExportHtml(buildExport(), 'pl')
    expect(html).toContain('Łukasz Żółw')
    expect(html).toContain('KK-10482 · 2025-03-15 10:00 UTC')
    expect(html).toContain('Kawa Etiopia 1 kg')
    // Polish CLDR groups only from five digits: 1234,50 zł.
    expect(html).toMatch(/1234,50\szł/)
    expect(html).toMatch(/617,25\szł/)
    expect(html).toContain('Dzień dobry, gdzie jest paczka?')
    expect(html).toContain('Sprzedawca (Ania)')
    expect(html).toContain('Marketing e-mailem')
    expect(html).toContain('Reklamacja')
    expect(html).toContain('preferred size')
    expect(html).toContain('B2B, hurt')
  })

  it('speaks English when asked', () => {
    const html = renderCustomerExportHtml(buildExport(), 'en')
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<h2>Orders</h2>')
    expect(html).toContain('GDPR art. 15(3)')
    expect(html).toContain('PLN')
    expect(html).toContain('1,234.50')
    expect(html).not.toContain('<h2>Zamówienia</h2>')
  })

  it('says so when a section is empty', () => {
    const html = renderCustomerExportHtml(
      buildExport({
        identities: [],
        consents: [],
        notes: [],
        tags: [],
        attributes: {},
        orders: [],
        conversations: [],
        returns: [],
        reviews: [],
        auditEntries: [],
      }),
      'en',
    )
    expect(html.match(/Nothing recorded/g)?.length).toBe(10)
  })

  it('escapes every value a customer or agent could have typed', () => {
    const evil = `<script>alert("x")</script><img src=x onerror='y'>&`
    const html = renderCustomerExportHtml(
      buildExport({
        profile: { ...buildExport().profile, name: evil },
        controller: { name: evil, contactEmail: null },
        tags: [evil],
        attributes: { [evil]: evil },
        notes: [{ createdAt: 'not a date <b>', author: evil, body: evil }],
        conversations: [
          {
            channel: evil,
            subject: evil,
            startedAt: evil,
            messages: [{ sentAt: evil, direction: 'inbound', author: evil, body: evil }],
          },
        ],
        orders: [
          {
            ...(buildExport().orders[0] as CustomerExport['orders'][number]),
            number: evil,
            items: [{ name: evil, sku: evil, quantity: 1, unitPriceMinor: 1 }],
          },
        ],
      }),
      'pl',
    )
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('onerror=&#39;y&#39;')
  })

  it('never lets arbitrary text open a tag', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = renderCustomerExportHtml(
          buildExport({ notes: [{ createdAt: text, author: text, body: text }], tags: [text] }),
          'en',
        )
        const notes = html.slice(
          html.indexOf('<section id="notes">'),
          html.indexOf('<section id="attributes">'),
        )
        const stripped = notes.replace(
          /<\/?(section|h2|table|thead|tbody|tr|th|td|span|p)( [a-z]+="[a-z ]+")?>/g,
          '',
        )
        expect(stripped).not.toMatch(/[<>]/)
      }),
    )
  })
})

describe('export formatting', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
  })

  it('formats instants in UTC and leaves other text alone', () => {
    expect(formatInstant('2025-03-15T11:30:00+01:00')).toBe('2025-03-15 10:30 UTC')
    expect(formatInstant('soon')).toBe('soon')
  })

  it('formats money by the currency minor unit', () => {
    expect(formatMoney(123_450, 'EUR', 'en')).toBe('€1,234.50')
    expect(formatMoney(1_500, 'JPY', 'en')).toMatch(/¥1,500$/)
    expect(formatMoney(1_234_567, 'PLN', 'pl')).toMatch(/^12\s345,67\szł$/)
    expect(formatMoney(12_345, 'KWD', 'en')).toContain('12.345')
    expect(formatMoney(12_345, 'HUF', 'pl')).toMatch(/123,45/)
    expect(formatMoney(100, 'XYZ1', 'en')).toBe('1.00 XYZ1')
  })
})
