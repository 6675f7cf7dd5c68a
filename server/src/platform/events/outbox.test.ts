import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { updateWorkspace } from '../../modules/identity/service/workspace.js'
import { echoJob } from '../../test/echo-job.js'
import { buildUser } from '../../test/factories.js'
import { createTestRuntime } from '../../test/test-runtime.js'
import type { Runtime } from '../runtime.js'

const child = fileURLToPath(new URL('../../test/outbox-crash-child.ts', import.meta.url))
const ran: Record<string, unknown>[] = []
let runtime: Runtime

beforeAll(async () => {
  runtime = await createTestRuntime({ jobs: [echoJob(async (data) => void ran.push(data))] })
})
afterAll(() => runtime.close())

/** Starts the child, waits for READY, then SIGKILLs it. */
function runChildAndKill(workspaceId: string, name: string, mode = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', child, JSON.stringify(inject('testDatabase')), workspaceId, name, mode],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const timer = setTimeout(() => reject(new Error('child never became ready')), 30_000)
    proc.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) proc.kill('SIGKILL')
    })
    proc.on('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

async function state(workspaceId: string, name: string) {
  const { db } = runtime.database
  const workspace = await db
    .selectFrom('workspaces')
    .select('name')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow()
  const events = await db
    .selectFrom('domainEvents')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', 'identity.workspace.updated')
    .execute()
  const jobs = await runtime.jobs.pool.query(`select id from pgboss.job where data->>'note' = $1`, [
    name,
  ])
  return { name: workspace.name, events: events.length, jobs: jobs.rowCount }
}

describe('row, event and job are written in one transaction', () => {
  it('a crash before commit leaves none of them', async () => {
    const user = await buildUser(runtime)
    const name = `Renamed ${Date.now()}`
    await runChildAndKill(user.workspaceId, name)
    expect(await state(user.workspaceId, name)).toEqual({
      name: user.workspace,
      events: 0,
      jobs: 0,
    })
    // The database is healthy afterwards: the next transaction goes through.
    await runtime.inWorkspace(
      { workspaceId: user.workspaceId, actor: { type: 'system', id: null, label: 't' } },
      (ctx) => updateWorkspace(ctx, { timezone: 'Europe/Berlin' }),
    )
  }, 60_000)

  it('a crash after commit leaves all three, and a worker then runs the job exactly once', async () => {
    const user = await buildUser(runtime)
    const name = `Committed ${Date.now()}`
    await runChildAndKill(user.workspaceId, name, '--commit')
    expect(await state(user.workspaceId, name)).toEqual({ name, events: 1, jobs: 1 })
    await runtime.jobs.work(1)
    const deadline = Date.now() + 20_000
    while (!ran.some((data) => data.note === name) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(ran.filter((data) => data.note === name)).toEqual([
      { note: name, workspaceId: user.workspaceId },
    ])
  }, 60_000)
})
