import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { matchCustomers } from '../jobs/match-customers.js'
import { normalizeEmail } from '../rules/email-address.js'
import { foldForComparison } from '../rules/person-name.js'
import { buildCustomerWorkspace, insertCustomer } from './customers-test-kit.js'
import { addIdentity, listIdentities } from './identities.js'
import { MATCH_CUSTOMERS_QUEUE } from './identities-changed.js'
import { dismissSuggestion, findMatchSuggestions, openSuggestions } from './match-suggestions.js'

let runtime: Runtime
let w: Awaited<ReturnType<typeof buildCustomerWorkspace>>
beforeAll(async () => {
  runtime = await createTestRuntime()
  w = await buildCustomerWorkspace(runtime)
})
afterAll(() => runtime.close())

const unique = () => randomUUID().slice(0, 8)

describe('identities', () => {
  it('adds a normalised identity once and queues a duplicate search in the same transaction', async () => {
    const id = await w.inWorkspace((ctx) => insertCustomer(ctx))
    const tag = unique()
    await w.inWorkspace((ctx) =>
      addIdentity(ctx, id, { kind: 'email', externalId: ` Jan.${tag}@Example.COM ` }),
    )
    await w.inWorkspace((ctx) =>
      addIdentity(ctx, id, { kind: 'email', externalId: `jan.${tag}@example.com` }),
    )
    const identities = await w.inWorkspace((ctx) => listIdentities(ctx, id))
    expect(identities.map((i) => [i.kind, i.externalId])).toEqual([
      ['email', `jan.${tag}@example.com`],
    ])
    const jobs = await sql<{ n: number }>`select count(*)::int as n from pgboss.job
      where name = ${MATCH_CUSTOMERS_QUEUE} and data->'customerIds' ? ${id}`.execute(
      runtime.database.db,
    )
    expect(jobs.rows[0]?.n).toBe(1)
  })

  it('refuses an identity another customer has, naming that customer', async () => {
    const login = `buyer_${unique()}`
    const holder = await w.inWorkspace((ctx) =>
      insertCustomer(ctx, {
        name: 'Ewa Holder',
        identities: [{ kind: 'allegro', externalId: login }],
      }),
    )
    const other = await w.inWorkspace((ctx) => insertCustomer(ctx))
    const error = await w
      .inWorkspace((ctx) => addIdentity(ctx, other, { kind: 'allegro', externalId: login }))
      .catch((e) => e)
    expect(error).toMatchObject({ statusCode: 409, code: 'identity_taken' })
    expect(error.message).toContain(holder)
    expect(error.message).toContain('Ewa Holder')
    const bad = await w
      .inWorkspace((ctx) => addIdentity(ctx, other, { kind: 'phone', externalId: 'call me' }))
      .catch((e) => e)
    expect(bad).toMatchObject({ statusCode: 400, code: 'invalid_phone' })
  })
})

describe('duplicate matching', () => {
  it('merges the same address automatically, keeping the older record; a same mailbox only suggests', async () => {
    const tag = unique()
    const older = await w.asSystem((ctx) =>
      insertCustomer(ctx, {
        name: 'Jan Kowalski',
        email: `Jan.Kowalski.${tag}@Gmail.com`,
        createdAt: new Date('2024-01-01T00:00:00Z'),
      }),
    )
    const newer = await w.asSystem((ctx) =>
      insertCustomer(ctx, {
        name: 'Jan Kowalski',
        identities: [{ kind: 'email', externalId: `jan.kowalski.${tag}@gmail.com` }],
      }),
    )
    // Gmail ignores dots: the same mailbox, but not provably the same address.
    const dotless = await w.asSystem((ctx) =>
      insertCustomer(ctx, { name: 'J. K.', email: `jankowalski${tag}+shop@gmail.com` }),
    )
    const merges = await matchCustomers(runtime, w.workspaceId, [newer])
    expect(merges).toEqual([{ targetId: older, sourceId: newer }])
    const rows = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('customers')
        .select(['id', 'mergedIntoId'])
        .where('id', 'in', [older, newer, dotless])
        .execute(),
    )
    expect(Object.fromEntries(rows.map((r) => [r.id, r.mergedIntoId]))).toEqual({
      [older]: null,
      [newer]: older,
      [dotless]: null,
    })
    const identities = await w.asSystem((ctx) => listIdentities(ctx, older))
    expect(identities.map((i) => i.externalId)).toContain(`jan.kowalski.${tag}@gmail.com`)
    const open = (await w.asSystem((ctx) => openSuggestions(ctx, [older]))).get(older)
    expect(open?.map((s) => [s.candidate.id, s.reasons[0]?.code])).toEqual([
      [dotless, 'same_canonical_email'],
    ])
  })

  it('only suggests a shared phone, and never merges or suggests a dismissed pair again', async () => {
    const digits = String(600_000_000 + Math.floor(Math.random() * 99_999_999))
    const a = await w.asSystem((ctx) =>
      insertCustomer(ctx, { name: 'Anna Nowak', phone: `+48 ${digits}` }),
    )
    const b = await w.asSystem((ctx) =>
      insertCustomer(ctx, {
        name: 'Piotr Nowak',
        identities: [{ kind: 'phone', externalId: digits }],
      }),
    )
    expect(await matchCustomers(runtime, w.workspaceId, [a])).toEqual([])
    const open = await w.asSystem((ctx) => openSuggestions(ctx, [a, b]))
    expect(open.get(a)?.map((s) => s.candidate.id)).toEqual([b])
    expect(open.get(b)?.map((s) => s.candidate.id)).toEqual([a])
    expect(open.get(a)?.[0]?.reasons.map((r) => r.code)).toContain('same_phone')
    await w.inWorkspace((ctx) => dismissSuggestion(ctx, b, a))
    await w.asSystem((ctx) => findMatchSuggestions(ctx, a))
    expect((await w.asSystem((ctx) => openSuggestions(ctx, [a]))).get(a)).toEqual([])
  })

  it('suggests the same name at the same post code from attributes', async () => {
    const postCode = `${10 + Math.floor(Math.random() * 89)}-${100 + Math.floor(Math.random() * 899)}`
    const a = await w.asSystem((ctx) =>
      insertCustomer(ctx, { name: 'Łukasz Żółw', attributes: { post_code: postCode } }),
    )
    const b = await w.asSystem((ctx) =>
      insertCustomer(ctx, {
        name: 'Lukasz Zolw',
        attributes: { post_code: postCode.replace('-', '') },
      }),
    )
    const found = await w.asSystem((ctx) => findMatchSuggestions(ctx, b))
    expect(found.map((s) => [s.customerId, s.candidateId].sort())).toEqual([[a, b].sort()])
    expect(found[0]?.verdict.decision).toBe('suggest')
  })

  it('leaves other workspaces’ customers out of matching', async () => {
    const email = `shared.${unique()}@example.com`
    const other = await buildCustomerWorkspace(runtime)
    await other.asSystem((ctx) => insertCustomer(ctx, { email }))
    const mine = await w.asSystem((ctx) => insertCustomer(ctx, { email: email.toUpperCase() }))
    expect(await w.asSystem((ctx) => findMatchSuggestions(ctx, mine))).toEqual([])
  })
})

describe('SQL keys mirror the rules', () => {
  it('computes the same mailbox key as normalizeEmail', async () => {
    const addresses = [
      'Jan.Kowalski+shop@GoogleMail.com',
      ' jan.kowalski@gmail.com ',
      'anna+x@wp.pl',
      'anna@wp.pl',
      'hamu7udk3p+17454c1b6@allegromail.pl',
      'abc+1@user.allegromail.pl',
      'x1y2z3@marketplace.amazon.de',
      'buyer@members.ebay.co.uk',
      '+tag@example.com',
      'mailto:Ola@Onet.PL',
      '...@gmail.com',
      'not an address',
      'a@b',
    ]
    const { rows } = await sql<{ key: string | null }>`
      select customer_email_key(a) as key from unnest(${addresses}::text[]) with ordinality as t(a, n)
      order by n`.execute(runtime.database.db)
    expect(rows.map((r) => r.key)).toEqual(
      addresses.map((a) => normalizeEmail(a)?.canonical ?? null),
    )
  })

  it('folds text like foldForComparison', async () => {
    const texts = [
      'Łukasz Żółw',
      'Müller-Lüdenscheidt, Jürgen',
      'STRAßE 5/3',
      'Ægir Øberg',
      'Đorđe Œuvre Þór',
      'Şerban Ţepeş',
      'Ivan  Иванов',
      'Crème brûlée!',
    ]
    const { rows } = await sql<{ folded: string }>`
      select customer_fold(t) as folded from unnest(${texts}::text[]) with ordinality as x(t, n)
      order by n`.execute(runtime.database.db)
    expect(rows.map((r) => r.folded)).toEqual(texts.map(foldForComparison))
  })
})
