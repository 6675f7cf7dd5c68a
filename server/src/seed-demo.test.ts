import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Runtime } from './platform/runtime.js'
import { seedDemo } from './seed-demo.js'
import { createTestRuntime } from './test/test-runtime.js'

let runtime: Runtime

beforeAll(async () => {
  runtime = await createTestRuntime()
  // The demo workspace has a fixed name; a previous file's seed would make this one a no-op.
  await runtime.database.db
    .deleteFrom('workspaces')
    .where('name', '=', 'Kraina Kawy (demo)')
    .execute()
  await runtime.database.db
    .deleteFrom('users')
    .where('email', 'like', '%@demo.aftersale.local')
    .execute()
})
afterAll(() => runtime.close())

describe('seed-demo', () => {
  it('creates a living inbox once, and nothing the second time', async () => {
    const seeded = await seedDemo(runtime)
    expect(seeded).not.toBeNull()
    const workspaceId = seeded?.workspaceId as string
    const db = runtime.database.db
    const conversations = await db
      .selectFrom('conversations')
      .select(['status', 'slaState', 'assigneeId'])
      .where('workspaceId', '=', workspaceId)
      .execute()
    expect(conversations.length).toBeGreaterThanOrEqual(9)
    expect(new Set(conversations.map((c) => c.status))).toEqual(
      new Set(['open', 'pending', 'resolved']),
    )
    expect(conversations.some((c) => c.slaState === 'breached')).toBe(true)
    expect(conversations.some((c) => c.assigneeId)).toBe(true)
    const cases = await db
      .selectFrom('returnCases')
      .select(['number', 'status', 'kind', 'evaluation'])
      .where('workspaceId', '=', workspaceId)
      .orderBy('number')
      .execute()
    expect(cases.map((c) => c.status)).toEqual([
      'awaiting_item',
      'new',
      'refused',
      'resolved',
      'new',
    ])
    // Coffee (perishable) and filters bought two months ago: past even the shop's 30-day window.
    expect(cases.at(-1)?.evaluation).toMatchObject({
      decision: 'refuse',
      reasons: ['exception_perishable', 'period_expired'],
    })
    const packed = await db
      .selectFrom('packChecks as p')
      .select((eb) => ['p.orderId', eb.fn.countAll<string>().as('checks')])
      .innerJoin('packPhotos as f', 'f.packCheckId', 'p.id')
      .where('p.workspaceId', '=', workspaceId)
      .groupBy('p.orderId')
      .execute()
    expect(packed.map((p) => Number(p.checks))).toEqual([2, 2, 2])
    expect(await seedDemo(runtime)).toBeNull()
  })
})
