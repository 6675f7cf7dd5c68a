import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import type { CustomerFilter } from '../rules/customer-filter.js'
import { customerMatchesFilter, type FilterableCustomer } from '../rules/customer-filter-match.js'
import { SEGMENTS, type Segment } from '../rules/segments.js'
import { recordConsent } from './consents.js'
import { setCustomerTags } from './customer-tags.js'
import { buildCustomerWorkspace, insertCustomer } from './customers-test-kit.js'
import { listCustomers } from './list-customers.js'

let runtime: Runtime
let w: Awaited<ReturnType<typeof buildCustomerWorkspace>>
const known = new Map<string, FilterableCustomer>()

const DAY = 86_400_000
const NAMES = [
  'Łukasz Żółw',
  'Anna Nowak',
  'Jürgen Müller',
  'Zoë Kowalska',
  'Piotr Wiśniewski',
  null,
]
const LOCALES = ['pl', 'pl-PL', 'de-AT', 'de', 'en', null]

beforeAll(async () => {
  runtime = await createTestRuntime()
  w = await buildCustomerWorkspace(runtime)
  // 60 customers cycling through names, locales, tags, consents, identities and metrics.
  await w.inWorkspace(async (ctx) => {
    for (let i = 0; i < 60; i++) {
      const name = NAMES[i % NAMES.length] ?? null
      const email = i % 4 === 0 ? null : `c${i}.${randomUUID().slice(0, 4)}@example.com`
      const phone = i % 3 === 0 ? `+4860${String(1_000_000 + i * 7919).slice(0, 7)}` : null
      const marketplace = ['allegro', 'amazon', 'shop', null][i % 4] ?? null
      const id = await insertCustomer(ctx, {
        name,
        email,
        phone,
        locale: LOCALES[i % LOCALES.length] ?? null,
        identities: marketplace
          ? [{ kind: marketplace, externalId: `login-${i}-${randomUUID()}` }]
          : [],
      })
      const ordersCount = i % 5
      const lastOrderAt =
        ordersCount === 0 ? null : new Date(Date.UTC(2025, 0, 1) - (i % 7) * 30 * DAY)
      const segments = SEGMENTS.filter((_, k) => (i + k) % 4 === 0) as Segment[]
      await ctx.trx
        .updateTable('customers')
        .set({
          ordersCount,
          lifetimeValueMinor: ordersCount * 12_500,
          lastOrderAt,
          segments,
        })
        .where('id', '=', id)
        .execute()
      const tags = [['vip'], ['Hurt'], [], ['vip', 'b2b']][i % 4] as string[]
      await setCustomerTags(ctx, id, tags)
      const emailConsent = [true, false, null][i % 3]
      if (emailConsent !== null && emailConsent !== undefined)
        await recordConsent(ctx, id, {
          purpose: 'marketing_email',
          granted: emailConsent,
          source: 'test',
        })
      known.set(id, {
        name,
        emails: email ? [email] : [],
        phones: phone ? [phone] : [],
        segments,
        tags,
        ordersCount,
        lifetimeValueMinor: ordersCount * 12_500,
        lastOrderAt,
        marketplaces: marketplace ? [marketplace] : [],
        locale: LOCALES[i % LOCALES.length] ?? null,
        marketingConsent: { email: emailConsent === true, sms: false },
      })
    }
  })
})
afterAll(() => runtime.close())

async function everyPage(filter: CustomerFilter, limit = 7) {
  const ids: string[] = []
  let cursor: string | undefined
  for (let page = 0; page < 50; page++) {
    const result = await w.inWorkspace((ctx) => listCustomers(ctx, { filter, cursor, limit }))
    ids.push(...result.items.map((i) => i.id))
    if (!result.nextCursor) return ids
    cursor = result.nextCursor
  }
  throw new Error('pagination did not end')
}

describe('listCustomers', () => {
  it('matches the rules’ customerMatchesFilter for every filter field', async () => {
    const filters: CustomerFilter[] = [
      {},
      { segments: ['vip', 'dormant'] },
      { tags: ['VIP'] },
      { tags: ['hurt', 'b2b'] },
      { minOrders: 2, maxOrders: 3 },
      { minLifetimeValueMinor: 30_000 },
      { lastOrderBefore: '2024-11-01' },
      { lastOrderAfter: '2024-09-15T00:00:00Z' },
      { marketplace: 'allegro' },
      { locale: 'de' },
      { locale: 'pl-PL' },
      { hasMarketingConsent: 'email' },
      { q: 'lukasz' },
      { q: 'ZOE kowal' },
      { q: 'example.com' },
      { q: '4860' },
      { q: '60 100' },
      { q: '!!' },
      { segments: ['returning'], tags: ['vip'], hasMarketingConsent: 'email', minOrders: 1 },
    ]
    for (const filter of filters) {
      const expected = [...known]
        .filter(([, c]) => customerMatchesFilter(c, filter))
        .map(([id]) => id)
      const listed = await everyPage(filter)
      expect({ filter, ids: [...listed].sort() }).toEqual({ filter, ids: expected.sort() })
    }
  })

  it('orders latest buyers first, never-bought last, and pages without gaps or repeats', async () => {
    const ids = await everyPage({}, 4)
    expect(new Set(ids).size).toBe(60)
    const times = ids.map((id) => known.get(id)?.lastOrderAt?.getTime() ?? Number.NEGATIVE_INFINITY)
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('costs the same number of queries for 2 rows as for 20', async () => {
    const counter = runtime.database.counter
    const cost = async (limit: number) => {
      const before = counter.queries
      const page = await w.inWorkspace((ctx) =>
        listCustomers(ctx, { filter: { tags: ['vip'] }, limit }),
      )
      expect(page.items).toHaveLength(limit)
      expect(page.items.every((i) => i.tags.some((t) => t.name === 'vip'))).toBe(true)
      return counter.queries - before
    }
    expect(await cost(20)).toBe(await cost(2))
  })

  it('hides merged and erased customers unless asked, and other workspaces’ always', async () => {
    const [merged] = [...known.keys()]
    await w.asSystem((ctx) =>
      ctx.trx
        .updateTable('customers')
        .set({ mergedIntoId: [...known.keys()][1] as string })
        .where('id', '=', merged as string)
        .execute(),
    )
    expect(await everyPage({})).not.toContain(merged)
    const all = await w.inWorkspace((ctx) =>
      listCustomers(ctx, { filter: {}, limit: 100, includeMerged: true }),
    )
    expect(all.items.map((i) => i.id)).toContain(merged)
    const other = await buildCustomerWorkspace(runtime)
    const theirs = await other.inWorkspace((ctx) =>
      listCustomers(ctx, { filter: {}, limit: 100, includeMerged: true }),
    )
    expect(theirs.items).toEqual([])
    await w.asSystem((ctx) =>
      ctx.trx
        .updateTable('customers')
        .set({ mergedIntoId: null })
        .where('id', '=', merged as string)
        .execute(),
    )
  })

  it('answers a forged cursor with invalid_cursor', async () => {
    const error = await w
      .inWorkspace((ctx) => listCustomers(ctx, { filter: {}, limit: 5, cursor: 'bm9uc2Vuc2U' }))
      .catch((e) => e)
    expect(error).toMatchObject({ statusCode: 400, code: 'invalid_cursor' })
  })
})
