import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { recordConsent } from './consents.js'
import { addCustomerNote, deleteCustomerNote } from './customer-notes.js'
import { customerProfile } from './customer-profile.js'
import { setCustomerTags } from './customer-tags.js'
import { buildCustomerWorkspace, insertCustomer } from './customers-test-kit.js'
import { PERSONAL_VALUE } from './personal-changes.js'
import { updateCustomer } from './update-customer.js'

let runtime: Runtime
let w: Awaited<ReturnType<typeof buildCustomerWorkspace>>
beforeAll(async () => {
  runtime = await createTestRuntime()
  w = await buildCustomerWorkspace(runtime)
})
afterAll(() => runtime.close())

describe('customerProfile', () => {
  it('loads in the same number of queries for an empty and a full customer', async () => {
    const empty = await w.asSystem((ctx) => insertCustomer(ctx))
    const full = await w.asSystem((ctx) =>
      insertCustomer(ctx, {
        identities: [
          { kind: 'email', externalId: `${randomUUID()}@example.com` },
          { kind: 'allegro', externalId: randomUUID() },
        ],
      }),
    )
    await w.inWorkspace(async (ctx) => {
      for (let i = 0; i < 60; i++) await addCustomerNote(ctx, full, `Note ${i}`)
      await setCustomerTags(ctx, full, ['vip', 'b2b'])
      await recordConsent(ctx, full, { purpose: 'marketing_email', granted: false, source: 'x' })
      await recordConsent(ctx, full, { purpose: 'marketing_email', granted: true, source: 'y' })
    })
    const counter = runtime.database.counter
    const cost = async (id: string) => {
      const before = counter.queries
      const profile = await w.inWorkspace((ctx) => customerProfile(ctx, id))
      return { queries: counter.queries - before, profile }
    }
    const a = await cost(empty)
    const b = await cost(full)
    expect(b.queries).toBe(a.queries)
    expect(b.profile.notes).toHaveLength(50)
    expect(b.profile.notes[0]?.text).toBe('Note 59')
    expect(b.profile.identities).toHaveLength(2)
    expect(b.profile.tags.map((t) => t.name)).toEqual(['b2b', 'vip'])
    expect(b.profile.consents.map((c) => [c.purpose, c.granted, c.source])).toEqual([
      ['marketing_email', true, 'y'],
    ])
  })

  it('answers 404 for another workspace’s customer', async () => {
    const id = await w.asSystem((ctx) => insertCustomer(ctx))
    const other = await buildCustomerWorkspace(runtime)
    const error = await other.inWorkspace((ctx) => customerProfile(ctx, id)).catch((e) => e)
    expect(error).toMatchObject({ statusCode: 404 })
  })
})

describe('updateCustomer', () => {
  it('normalises contacts, patches attributes and audits without personal values', async () => {
    const id = await w.asSystem((ctx) =>
      insertCustomer(ctx, { attributes: { size: 'M', color: 'red' } }),
    )
    await w.inWorkspace((ctx) =>
      updateCustomer(ctx, id, {
        name: '  Ola Lis ',
        email: ' Ola.Lis@Example.COM',
        phone: '601 234 567',
        locale: 'de-AT',
        attributes: { size: 'L', color: null, post_code: '00-950' },
      }),
    )
    const profile = await w.inWorkspace((ctx) => customerProfile(ctx, id))
    expect(profile).toMatchObject({
      name: 'Ola Lis',
      email: 'ola.lis@example.com',
      phone: '+48601234567',
      locale: 'de-AT',
      attributes: { size: 'L', post_code: '00-950' },
    })
    const event = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('domainEvents')
        .select(['name', 'changes', 'actorLabel'])
        .where('entityId', '=', id)
        .where('name', '=', 'customers.customer.updated')
        .executeTakeFirstOrThrow(),
    )
    expect(event.actorLabel).toBe('Anna')
    expect(event.changes).toEqual({
      name: { from: PERSONAL_VALUE, to: PERSONAL_VALUE },
      email: { from: null, to: PERSONAL_VALUE },
      phone: { from: null, to: PERSONAL_VALUE },
      locale: { from: null, to: 'de-AT' },
      attributes: { from: PERSONAL_VALUE, to: PERSONAL_VALUE },
    })
    expect(JSON.stringify(event.changes)).not.toContain('ola')
  })

  it('enforces the attribute limits with errors naming the key', async () => {
    const id = await w.asSystem((ctx) => insertCustomer(ctx))
    const attempt = (attributes: Record<string, string | null>) =>
      w.inWorkspace((ctx) => updateCustomer(ctx, id, { attributes })).catch((e) => e)
    expect(await attempt({ 'Bad-Key': 'x' })).toMatchObject({
      code: 'invalid_attribute_key',
      details: { key: 'Bad-Key' },
    })
    expect(await attempt({ [`k${'x'.repeat(40)}`]: 'x' })).toMatchObject({
      code: 'invalid_attribute_key',
    })
    expect(await attempt({ note: 'x'.repeat(501) })).toMatchObject({
      code: 'invalid_attribute_value',
      details: { key: 'note' },
    })
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']))
    expect(await attempt(fifty)).toBeUndefined()
    expect(await attempt({ one_more: 'v' })).toMatchObject({ code: 'too_many_attributes' })
    expect(await attempt({ k0: null, one_more: 'v' })).toBeUndefined()
    expect(
      await w.inWorkspace((ctx) => updateCustomer(ctx, id, { locale: 'Polish' })).catch((e) => e),
    ).toMatchObject({ code: 'invalid_locale' })
  })

  it('adds and deletes notes, refusing another customer’s note', async () => {
    const id = await w.asSystem((ctx) => insertCustomer(ctx))
    const other = await w.asSystem((ctx) => insertCustomer(ctx))
    const note = await w.inWorkspace((ctx) => addCustomerNote(ctx, id, 'Called about the return'))
    expect(note.authorLabel).toBe('Anna')
    const wrong = await w
      .inWorkspace((ctx) => deleteCustomerNote(ctx, other, note.id))
      .catch((e) => e)
    expect(wrong).toMatchObject({ statusCode: 404 })
    await w.inWorkspace((ctx) => deleteCustomerNote(ctx, id, note.id))
    expect((await w.inWorkspace((ctx) => customerProfile(ctx, id))).notes).toEqual([])
  })
})
