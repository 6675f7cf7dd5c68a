import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { recordConsent } from './consents.js'
import { customerDataProviders } from './customer-data-providers.js'
import { recordOrderMetrics } from './customer-metrics.js'
import { addCustomerNote } from './customer-notes.js'
import { customerProfile } from './customer-profile.js'
import { setCustomerTags } from './customer-tags.js'
import { buildCustomerWorkspace, insertCustomer } from './customers-test-kit.js'
import { mergeCustomers } from './merge-customers.js'
import { unmergeCustomers } from './unmerge-customers.js'

let runtime: Runtime
let w: Awaited<ReturnType<typeof buildCustomerWorkspace>>
let widget: string
beforeAll(async () => {
  runtime = await createTestRuntime()
  w = await buildCustomerWorkspace(runtime)
  widget = await buildChannelAccount(runtime, w.workspaceId, 'widget')
})
afterAll(() => runtime.close())

const providers = () => customerDataProviders(runtime.modules)

/** A customer who wrote in through the widget, with a conversation of their own. */
async function customerWithConversation(name: string) {
  const email = `${randomUUID().slice(0, 8)}@example.com`
  const result = await ingest(runtime, w.workspaceId, widget, [
    inboundMessage({
      externalThreadId: randomUUID(),
      author: { name, email, externalId: email },
    }),
  ])
  const conversationId = result.conversationsCreated[0] as string
  const row = await w.asSystem((ctx) =>
    ctx.trx
      .selectFrom('conversations')
      .select('customerId')
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow(),
  )
  return { customerId: row.customerId as string, conversationId }
}

const conversationOwner = (id: string) =>
  w.asSystem(
    async (ctx) =>
      (
        await ctx.trx
          .selectFrom('conversations')
          .select('customerId')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).customerId,
  )

// What must come back exactly after an unmerge (timestamps of the write itself aside).
const comparable = async (id: string) => {
  const {
    updatedAt: _u,
    segmentsAt: _s,
    suggestions: _g,
    ...profile
  } = await w.asSystem((ctx) => customerProfile(ctx, id))
  return profile
}

describe('merge and unmerge', () => {
  it('moves everything to the target and an unmerge restores both customers exactly', async () => {
    const target = await customerWithConversation('Jan Kowalski')
    const source = await customerWithConversation('J. Kowalski')
    const now = new Date('2025-05-01T12:00:00Z')
    await w.inWorkspace(async (ctx) => {
      await ctx.trx
        .updateTable('customers')
        .set({ phone: '+48601234567', attributes: JSON.stringify({ size: 'M', city: 'Kraków' }) })
        .where('id', '=', source.customerId)
        .execute()
      await ctx.trx
        .updateTable('customers')
        .set({ attributes: JSON.stringify({ size: 'L' }) })
        .where('id', '=', target.customerId)
        .execute()
      await setCustomerTags(ctx, source.customerId, ['vip', 'hurt'])
      await setCustomerTags(ctx, target.customerId, ['vip'])
      await addCustomerNote(ctx, source.customerId, 'Prefers phone calls')
      await recordConsent(ctx, source.customerId, {
        purpose: 'marketing_email',
        granted: true,
        source: 'checkout',
      })
      await recordOrderMetrics(
        ctx,
        [
          {
            customerId: target.customerId,
            ordersCount: 1,
            lifetimeValueMinor: 10_000,
            currency: 'PLN',
            firstOrderAt: new Date('2025-04-20T00:00:00Z'),
            lastOrderAt: new Date('2025-04-20T00:00:00Z'),
          },
          {
            customerId: source.customerId,
            ordersCount: 2,
            lifetimeValueMinor: 30_000,
            currency: 'PLN',
            firstOrderAt: new Date('2024-01-10T00:00:00Z'),
            lastOrderAt: new Date('2025-03-01T00:00:00Z'),
          },
        ],
        now,
      )
    })
    const beforeTarget = await comparable(target.customerId)
    const beforeSource = await comparable(source.customerId)

    const { mergeId } = await w.inWorkspace((ctx) =>
      mergeCustomers(ctx, target.customerId, source.customerId, providers(), now),
    )
    const merged = await w.asSystem((ctx) => customerProfile(ctx, target.customerId))
    expect(merged.identities.map((i) => i.externalId).sort()).toEqual(
      [...beforeTarget.identities, ...beforeSource.identities].map((i) => i.externalId).sort(),
    )
    expect(merged.tags.map((t) => t.name)).toEqual(['hurt', 'vip'])
    expect(merged.notes.map((n) => n.text)).toEqual(['Prefers phone calls'])
    expect(merged.consents.map((c) => [c.purpose, c.granted])).toEqual([['marketing_email', true]])
    expect(merged.phone).toBe('+48601234567')
    expect(merged.attributes).toEqual({ size: 'L', city: 'Kraków' })
    expect(merged.metrics).toMatchObject({ ordersCount: 3, lifetimeValueMinor: 40_000 })
    expect(merged.metrics.firstOrderAt?.toISOString()).toBe('2024-01-10T00:00:00.000Z')
    expect(merged.segments).toContain('returning')
    expect(merged.merges.map((m) => m.id)).toEqual([mergeId])
    expect(await conversationOwner(source.conversationId)).toBe(target.customerId)
    expect((await w.asSystem((ctx) => customerProfile(ctx, source.customerId))).mergedIntoId).toBe(
      target.customerId,
    )

    await w.inWorkspace((ctx) => unmergeCustomers(ctx, mergeId, providers(), now))
    expect(await comparable(target.customerId)).toEqual(beforeTarget)
    expect(await comparable(source.customerId)).toEqual(beforeSource)
    expect(await conversationOwner(source.conversationId)).toBe(source.customerId)
    expect(await conversationOwner(target.conversationId)).toBe(target.customerId)

    const again = await w
      .inWorkspace((ctx) => unmergeCustomers(ctx, mergeId, providers(), now))
      .catch((e) => e)
    expect(again).toMatchObject({ statusCode: 409, code: 'already_unmerged' })
    const events = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('domainEvents')
        .select('name')
        .where('entityId', '=', source.customerId)
        .where('name', 'like', 'customers.customer.%merged')
        .orderBy('id')
        .execute(),
    )
    expect(events.map((e) => e.name)).toEqual([
      'customers.customer.merged',
      'customers.customer.unmerged',
    ])
  })

  it('refuses merging a customer into itself or a customer that was merged away', async () => {
    const a = await w.asSystem((ctx) => insertCustomer(ctx))
    const b = await w.asSystem((ctx) => insertCustomer(ctx))
    const c = await w.asSystem((ctx) => insertCustomer(ctx))
    const self = await w.inWorkspace((ctx) => mergeCustomers(ctx, a, a, [])).catch((e) => e)
    expect(self).toMatchObject({ statusCode: 400, code: 'same_customer' })
    await w.inWorkspace((ctx) => mergeCustomers(ctx, a, b, []))
    const twice = await w.inWorkspace((ctx) => mergeCustomers(ctx, c, b, [])).catch((e) => e)
    expect(twice).toMatchObject({ statusCode: 409, code: 'customer_merged' })
    expect(twice.message).toContain(a)
  })
})
