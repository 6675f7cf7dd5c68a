import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from '../../../platform/runtime.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import { buildCustomerWorkspace, insertCustomer } from '../service/customers-test-kit.js'
import { addIdentity } from '../service/identities.js'
import { recomputeAllSegments } from './recompute-segments.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await createTestRuntime()
})
afterAll(() => runtime.close())

describe('customer jobs', () => {
  it('merges a certain duplicate through the queued match job after an identity is added', async () => {
    const w = await buildCustomerWorkspace(runtime)
    const email = `ola.${randomUUID().slice(0, 8)}@example.com`
    const older = await w.asSystem((ctx) =>
      insertCustomer(ctx, { name: 'Ola Lis', email, createdAt: new Date('2024-05-01T00:00:00Z') }),
    )
    const newer = await w.asSystem((ctx) => insertCustomer(ctx, { name: 'Ola Lis' }))
    await w.inWorkspace((ctx) => addIdentity(ctx, newer, { kind: 'email', externalId: email }))
    await runtime.jobs.work(1)
    let mergedInto: string | null = null
    for (let i = 0; i < 100 && !mergedInto; i++) {
      await new Promise((r) => setTimeout(r, 100))
      mergedInto = await w.asSystem(async (ctx) => {
        const row = await ctx.trx
          .selectFrom('customers')
          .select('mergedIntoId')
          .where('id', '=', newer)
          .executeTakeFirstOrThrow()
        return row.mergedIntoId
      })
    }
    expect(mergedInto).toBe(older)
  })

  it('recomputes every workspace’s segments as the calendar moves', async () => {
    const w = await buildCustomerWorkspace(runtime)
    const id = await w.asSystem(async (ctx) => {
      const customer = await insertCustomer(ctx)
      await ctx.trx
        .updateTable('customers')
        .set({
          ordersCount: 1,
          lifetimeValueMinor: 5_000,
          firstOrderAt: new Date('2025-01-01T00:00:00Z'),
          lastOrderAt: new Date('2025-01-01T00:00:00Z'),
          segments: ['new'],
        })
        .where('id', '=', customer)
        .execute()
      return customer
    })
    await recomputeAllSegments(runtime, new Date('2025-09-01T00:00:00Z'))
    const row = await w.asSystem((ctx) =>
      ctx.trx
        .selectFrom('customers')
        .select(['segments', 'segmentsAt'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    )
    expect(row.segments).toEqual(['dormant'])
    expect(row.segmentsAt?.toISOString()).toBe('2025-09-01T00:00:00.000Z')
  })
})
