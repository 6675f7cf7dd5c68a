import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { consentHistory, marketingAllowed, recordConsent } from './consents.js'
import { buildCustomerWorkspace, insertCustomer } from './customers-test-kit.js'

let runtime: Runtime
let w: Awaited<ReturnType<typeof buildCustomerWorkspace>>
beforeAll(async () => {
  runtime = await createTestRuntime()
  w = await buildCustomerWorkspace(runtime)
})
afterAll(() => runtime.close())

describe('consents', () => {
  it('lets the latest record win per purpose, in one query for many customers', async () => {
    const [granted, withdrawn, never, smsOnly] = (await w.asSystem(async (ctx) =>
      Promise.all([
        insertCustomer(ctx),
        insertCustomer(ctx),
        insertCustomer(ctx),
        insertCustomer(ctx),
      ]),
    )) as [string, string, string, string]
    await w.inWorkspace(async (ctx) => {
      await recordConsent(ctx, granted, {
        purpose: 'marketing_email',
        granted: true,
        source: 'checkout',
      })
      await recordConsent(ctx, withdrawn, {
        purpose: 'marketing_email',
        granted: true,
        source: 'checkout',
      })
      await recordConsent(ctx, withdrawn, {
        purpose: 'marketing_email',
        granted: false,
        source: 'unsubscribe link',
      })
      await recordConsent(ctx, smsOnly, {
        purpose: 'marketing_sms',
        granted: true,
        source: 'widget',
      })
    })
    const counter = runtime.database.counter
    const cost = async (ids: string[]) => {
      const before = counter.queries
      await w.inWorkspace((ctx) => marketingAllowed(ctx, ids, 'marketing_email'))
      return counter.queries - before
    }
    expect(await cost([granted, withdrawn, never, smsOnly])).toBe(await cost([granted]))
    const email = await w.inWorkspace((ctx) =>
      marketingAllowed(ctx, [granted, withdrawn, never, smsOnly], 'marketing_email'),
    )
    expect([...email]).toEqual([granted])
    const sms = await w.inWorkspace((ctx) =>
      marketingAllowed(ctx, [granted, withdrawn, never, smsOnly], 'marketing_sms'),
    )
    expect([...sms]).toEqual([smsOnly])
    const history = await w.inWorkspace((ctx) => consentHistory(ctx, withdrawn))
    expect(history.map((h) => h.granted)).toEqual([false, true])
  })

  it('lets a withdrawal win a tie (GDPR art. 7(3))', async () => {
    const id = await w.asSystem((ctx) => insertCustomer(ctx))
    const at = new Date('2025-01-01T10:00:00Z')
    await w.asSystem((ctx) =>
      ctx.trx
        .insertInto('customerConsents')
        .values(
          [true, false, true].map((granted) => ({
            workspaceId: w.workspaceId,
            customerId: id,
            purpose: 'marketing_email' as const,
            granted,
            source: 'import',
            recordedBy: 'test',
            recordedAt: at,
          })),
        )
        .execute(),
    )
    expect(
      (await w.inWorkspace((ctx) => marketingAllowed(ctx, [id], 'marketing_email'))).size,
    ).toBe(0)
  })

  it('refuses a choice without a source and never sees another workspace’s records', async () => {
    const id = await w.asSystem((ctx) => insertCustomer(ctx))
    const error = await w
      .inWorkspace((ctx) =>
        recordConsent(ctx, id, { purpose: 'marketing_sms', granted: true, source: ' ' }),
      )
      .catch((e) => e)
    expect(error).toMatchObject({ statusCode: 400, code: 'invalid_source' })
    await w.inWorkspace((ctx) =>
      recordConsent(ctx, id, { purpose: 'marketing_sms', granted: true, source: 'widget' }),
    )
    const other = await buildCustomerWorkspace(runtime)
    expect(
      (await other.inWorkspace((ctx) => marketingAllowed(ctx, [id], 'marketing_sms'))).size,
    ).toBe(0)
    const missing = await other
      .inWorkspace((ctx) =>
        recordConsent(ctx, id, { purpose: 'marketing_sms', granted: true, source: 'x' }),
      )
      .catch((e) => e)
    expect(missing).toMatchObject({ statusCode: 404 })
  })
})
