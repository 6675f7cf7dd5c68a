import { describe, expect, it } from 'vitest'
import { filterInstant, parseCustomerFilter } from './customer-filter.js'
import { customerMatchesFilter, type FilterableCustomer } from './customer-filter-match.js'

describe('parseCustomerFilter', () => {
  it('accepts a complete, valid filter and tidies it', () => {
    const parsed = parseCustomerFilter({
      segments: ['vip', 'loyal', 'vip'],
      tags: [' hurt ', 'B2B'],
      minOrders: 2,
      maxOrders: 10,
      minLifetimeValueMinor: 50_000,
      lastOrderAfter: '2025-01-01',
      lastOrderBefore: '2025-06-01T00:00:00Z',
      marketplace: 'allegro',
      locale: 'de-AT',
      hasMarketingConsent: 'email',
      q: '  Kowalski ',
    })
    expect(parsed).toEqual({
      ok: true,
      filter: {
        segments: ['vip', 'loyal'],
        tags: ['hurt', 'B2B'],
        minOrders: 2,
        maxOrders: 10,
        minLifetimeValueMinor: 50_000,
        lastOrderAfter: '2025-01-01',
        lastOrderBefore: '2025-06-01T00:00:00Z',
        marketplace: 'allegro',
        locale: 'de-AT',
        hasMarketingConsent: 'email',
        q: 'Kowalski',
      },
    })
  })

  it('accepts an empty filter and drops a blank query', () => {
    expect(parseCustomerFilter({})).toEqual({ ok: true, filter: {} })
    expect(parseCustomerFilter({ q: '   ' })).toEqual({ ok: true, filter: {} })
  })

  it('reports every problem, each naming its field', () => {
    const parsed = parseCustomerFilter({
      segments: ['vip', 'whales'],
      tags: [''],
      minOrders: -1,
      maxOrders: 1.5,
      minLifetimeValueMinor: '100',
      lastOrderBefore: '2025-02-30',
      lastOrderAfter: 'yesterday',
      marketplace: 'olx',
      locale: 'polish',
      hasMarketingConsent: 'phone',
      q: 'x'.repeat(201),
      sort: 'name',
    })
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    const fields = [
      'segments',
      'tags',
      'minOrders',
      'maxOrders',
      'minLifetimeValueMinor',
      'lastOrderBefore',
      'lastOrderAfter',
      'marketplace',
      'locale',
      'hasMarketingConsent',
      'q',
      'sort',
    ]
    for (const field of fields)
      expect(
        parsed.problems.some((p) => p.startsWith(`${field} `)),
        field,
      ).toBe(true)
    expect(parsed.problems.find((p) => p.startsWith('segments'))).toContain('whales')
  })

  it('checks ranges between fields', () => {
    expect(parseCustomerFilter({ minOrders: 5, maxOrders: 2 })).toEqual({
      ok: false,
      problems: ['minOrders must not be greater than maxOrders'],
    })
    expect(
      parseCustomerFilter({ lastOrderAfter: '2025-06-01', lastOrderBefore: '2025-01-01' }),
    ).toEqual({
      ok: false,
      problems: ['lastOrderAfter must be earlier than lastOrderBefore'],
    })
  })

  it('refuses what is not an object', () => {
    for (const input of [null, 'vip', 42, ['vip']])
      expect(parseCustomerFilter(input)).toEqual({
        ok: false,
        problems: ['the filter must be an object'],
      })
  })

  it('reads dates as UTC instants and rejects impossible ones', () => {
    expect(filterInstant('2025-03-01')?.toISOString()).toBe('2025-03-01T00:00:00.000Z')
    expect(filterInstant('2025-03-01T12:00:00+02:00')?.toISOString()).toBe(
      '2025-03-01T10:00:00.000Z',
    )
    expect(filterInstant('2024-02-29')).not.toBeNull()
    expect(filterInstant('2025-02-29')).toBeNull()
    expect(filterInstant('2025-13-01')).toBeNull()
    expect(filterInstant('2025-03-01T25:00:00Z')).toBeNull()
    expect(filterInstant('01.03.2025')).toBeNull()
  })
})

function buildCustomer(overrides: Partial<FilterableCustomer> = {}): FilterableCustomer {
  return {
    name: 'Łukasz Żółw',
    emails: ['lukasz@onet.pl'],
    phones: ['+48601234567'],
    segments: ['returning', 'loyal'],
    tags: ['B2B'],
    ordersCount: 4,
    lifetimeValueMinor: 40_000,
    lastOrderAt: new Date('2025-03-15T10:00:00Z'),
    marketplaces: ['allegro', 'shop'],
    locale: 'pl-PL',
    marketingConsent: { email: true, sms: false },
    ...overrides,
  }
}

describe('customerMatchesFilter', () => {
  const customer = buildCustomer()
  const passes = (filter: Parameters<typeof customerMatchesFilter>[1], who = customer) =>
    customerMatchesFilter(who, filter)

  it('an empty filter lets everyone through', () => {
    expect(passes({})).toBe(true)
  })

  it('segments and tags match on any listed value, tags case-insensitively', () => {
    expect(passes({ segments: ['vip', 'loyal'] })).toBe(true)
    expect(passes({ segments: ['vip'] })).toBe(false)
    expect(passes({ tags: ['b2b', 'hurt'] })).toBe(true)
    expect(passes({ tags: ['hurt'] })).toBe(false)
  })

  it('order counts and lifetime value bound inclusively', () => {
    expect(passes({ minOrders: 4, maxOrders: 4 })).toBe(true)
    expect(passes({ minOrders: 5 })).toBe(false)
    expect(passes({ maxOrders: 3 })).toBe(false)
    expect(passes({ minLifetimeValueMinor: 40_000 })).toBe(true)
    expect(passes({ minLifetimeValueMinor: 40_001 })).toBe(false)
  })

  it('date bounds: before is exclusive, after inclusive, no order never passes', () => {
    expect(passes({ lastOrderBefore: '2025-03-15T10:00:00Z' })).toBe(false)
    expect(passes({ lastOrderBefore: '2025-03-16' })).toBe(true)
    expect(passes({ lastOrderAfter: '2025-03-15T10:00:00Z' })).toBe(true)
    expect(passes({ lastOrderAfter: '2025-03-16' })).toBe(false)
    expect(passes({ lastOrderBefore: '2030-01-01' }, buildCustomer({ lastOrderAt: null }))).toBe(
      false,
    )
  })

  it('marketplace, locale and consent', () => {
    expect(passes({ marketplace: 'shop' })).toBe(true)
    expect(passes({ marketplace: 'amazon' })).toBe(false)
    expect(passes({ locale: 'pl' })).toBe(true)
    expect(passes({ locale: 'pl-PL' })).toBe(true)
    expect(passes({ locale: 'de' })).toBe(false)
    expect(passes({ locale: 'pl' }, buildCustomer({ locale: null }))).toBe(false)
    expect(passes({ hasMarketingConsent: 'email' })).toBe(true)
    expect(passes({ hasMarketingConsent: 'sms' })).toBe(false)
  })

  it('free text ignores case and diacritics and finds phones by digits', () => {
    expect(passes({ q: 'lukasz zolw' })).toBe(true)
    expect(passes({ q: 'ŻÓŁW' })).toBe(true)
    expect(passes({ q: 'onet.pl' })).toBe(true)
    expect(passes({ q: '601 234 567' })).toBe(true)
    expect(passes({ q: 'Nowak' })).toBe(false)
    // Four digits would match half the customer base.
    expect(passes({ q: '2345' })).toBe(false)
  })

  it('every field must hold', () => {
    expect(passes({ segments: ['loyal'], marketplace: 'amazon' })).toBe(false)
    expect(passes({ segments: ['loyal'], marketplace: 'allegro', q: 'żółw' })).toBe(true)
  })
})
