import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildSession, type TestSession } from '../../test/factories.js'
import { createTestApp, createTestRuntime } from '../../test/test-runtime.js'
import type { Runtime } from '../runtime.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let base: string
beforeAll(async () => {
  t = await createTestApp()
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
})
afterAll(() => t.close())

/** Opens the SSE stream as a session and collects `event` messages. */
async function openStream(session: TestSession) {
  const controller = new AbortController()
  const response = await fetch(`${base}/api/v1/live`, {
    headers: { cookie: session.cookie },
    signal: controller.signal,
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/event-stream')
  const events: { name: string; entityId: string }[] = []
  let ready = false
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffer += decoder.decode(value)
        let cut = buffer.indexOf('\n\n')
        while (cut >= 0) {
          const block = buffer.slice(0, cut)
          buffer = buffer.slice(cut + 2)
          if (block.includes('event: ready')) ready = true
          const data = block.split('\n').find((line) => line.startsWith('data: '))
          if (block.includes('event: event') && data) events.push(JSON.parse(data.slice(6)))
          cut = buffer.indexOf('\n\n')
        }
      }
    } catch {
      // aborted
    }
  })()
  const until = async (check: () => boolean, ms = 10_000) => {
    const deadline = Date.now() + ms
    while (!check() && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50))
    return check()
  }
  expect(await until(() => ready)).toBe(true)
  return { events, until, close: () => controller.abort() }
}

async function renameWorkspace(runtime: Runtime, session: TestSession, name: string) {
  const { updateWorkspace } = await import('../../modules/identity/service/workspace.js')
  await runtime.inWorkspace(
    { workspaceId: session.workspaceId, actor: { type: 'system', id: null, label: 't' } },
    (ctx) => updateWorkspace(ctx, { name }),
  )
}

describe('GET /api/v1/live', () => {
  it('pushes committed events to browsers of the same workspace only', async () => {
    const a = await buildSession(t.runtime, t.app)
    const b = await buildSession(t.runtime, t.app)
    const streamA = await openStream(a)
    const streamB = await openStream(b)
    await renameWorkspace(t.runtime, a, 'Live A')
    expect(
      await streamA.until(() =>
        streamA.events.some((e) => e.name === 'identity.workspace.updated'),
      ),
    ).toBe(true)
    // A rolled-back change is never announced.
    await expect(
      t.runtime.inWorkspace(
        { workspaceId: a.workspaceId, actor: { type: 'system', id: null, label: 't' } },
        async (ctx) => {
          const { updateWorkspace } = await import('../../modules/identity/service/workspace.js')
          await updateWorkspace(ctx, { name: 'Never' })
          throw new Error('abort')
        },
      ),
    ).rejects.toThrow('abort')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(streamA.events.filter((e) => e.name === 'identity.workspace.updated')).toHaveLength(1)
    expect(streamB.events).toEqual([])
    streamA.close()
    streamB.close()
  })

  it('reaches a browser connected to another web process (PostgreSQL server)', async (context) => {
    if (inject('testDatabase').mode !== 'server') {
      context.skip('embedded PGlite is one process; cross-process fan-out runs on PostgreSQL')
    }
    const other = await createTestRuntime()
    try {
      const a = await buildSession(t.runtime, t.app)
      const stream = await openStream(a)
      await renameWorkspace(other, a, 'Changed elsewhere')
      expect(
        await stream.until(() =>
          stream.events.some((e) => e.name === 'identity.workspace.updated'),
        ),
      ).toBe(true)
      stream.close()
    } finally {
      await other.close()
    }
  })

  it('refuses anonymous listeners', async () => {
    const response = await fetch(`${base}/api/v1/live`)
    expect(response.status).toBe(401)
  })
})
