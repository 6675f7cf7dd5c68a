import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser, loginAs } from '../../../test/factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import { purgeExpiredCredentials } from './purge-expired.js'

let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('purging expired credentials', () => {
  it('deletes idle and expired sessions and spent lockouts, keeps live ones', async () => {
    const live = await loginAs(t.app, await buildUser(t.runtime))
    const idle = await loginAs(t.app, await buildUser(t.runtime))
    const { db } = t.runtime.database
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: new Date(Date.now() - 30 * 86_400_000) })
      .where('userId', '=', idle.userId)
      .execute()
    await db
      .insertInto('loginThrottle')
      .values({
        email: `old.${Date.now()}@test.aftersale.local`,
        failures: 2,
        windowStartedAt: new Date(Date.now() - 86_400_000),
        lockedUntil: null,
      })
      .execute()
    const result = await purgeExpiredCredentials(t.runtime)
    expect(result.sessions).toBeGreaterThanOrEqual(1)
    expect(result.throttles).toBeGreaterThanOrEqual(1)
    const left = await db
      .selectFrom('sessions')
      .select('userId')
      .where('userId', 'in', [live.userId, idle.userId])
      .execute()
    expect(left.map((row) => row.userId)).toEqual([live.userId])
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: live.headers })).statusCode,
    ).toBe(200)
  })

  it('is scheduled hourly through the job queue', async () => {
    const schedules = await t.runtime.jobs.pool.query(
      `select name, cron, timezone from pgboss.schedule where name = 'identity.purge-expired'`,
    )
    expect(schedules.rows).toEqual([
      { name: 'identity.purge-expired', cron: '17 * * * *', timezone: 'UTC' },
    ])
  })
})
