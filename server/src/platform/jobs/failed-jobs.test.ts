import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { echoJob } from '../../test/echo-job.js'
import { buildSession } from '../../test/factories.js'
import { createTestApp } from '../../test/test-runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let attempts = 0
beforeAll(async () => {
  t = await createTestApp({
    jobs: [
      echoJob(
        async () => {
          attempts++
          throw new Error('carrier API answered 503')
        },
        { queue: 'test.always-fails', retryLimit: 1 },
      ),
    ],
  })
})
afterAll(() => t.close())

describe('failed jobs', () => {
  it('retries with backoff, then lists the job with its last error for admins only', async () => {
    const owner = await buildSession(t.runtime, t.app)
    await t.runtime.inWorkspace(
      { workspaceId: owner.workspaceId, actor: { type: 'system', id: null, label: 't' } },
      (ctx) => ctx.jobs.send(ctx, 'test.always-fails', { orderId: 'A-1' }),
    )
    await t.runtime.jobs.work(1)
    let items: { id: string; queue: string; lastError: string; retryCount: number }[] = []
    const deadline = Date.now() + 25_000
    while (items.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      items = (
        await t.app.inject({ method: 'GET', url: '/api/v1/jobs/failed', headers: owner.headers })
      ).json().items
    }
    expect(attempts).toBe(2)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      queue: 'test.always-fails',
      lastError: 'carrier API answered 503',
      retryCount: 1,
    })

    const other = await buildSession(t.runtime, t.app)
    const foreign = await t.app.inject({
      method: 'GET',
      url: '/api/v1/jobs/failed',
      headers: other.headers,
    })
    expect(foreign.json().items).toEqual([])
    const foreignRetry = await t.app.inject({
      method: 'POST',
      url: `/api/v1/jobs/failed/${items[0]!.id}/retry`,
      headers: other.headers,
    })
    expect(foreignRetry.statusCode).toBe(404)
    const retry = await t.app.inject({
      method: 'POST',
      url: `/api/v1/jobs/failed/${items[0]!.id}/retry`,
      headers: owner.headers,
    })
    expect(retry.statusCode).toBe(202)
  }, 40_000)
})
