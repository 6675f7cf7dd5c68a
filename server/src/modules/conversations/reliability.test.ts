import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { systemActor } from '../../platform/context.js'
import type { Runtime } from '../../platform/runtime.js'
import {
  type RunningAllegroSimulator,
  startAllegroSimulator,
} from '../../simulators/allegro/index.js'
import { buildUser } from '../../test/factories.js'
import { buildChannelAccount } from '../../test/inbox-factories.js'
import { createTestRuntime } from '../../test/test-runtime.js'
import { queueReply, SYNC_ACCOUNT_QUEUE } from './index.js'

const CHILD = fileURLToPath(new URL('../../test/inbox-worker-child.ts', import.meta.url))
const SELLER = 'Sklep_Testowy'
const THREADS = Number(process.env.CRASH_THREADS ?? 500)
const PER_THREAD = 20
const MESSAGES = THREADS * PER_THREAD
const REPLIES = 1000

let runtime: Runtime
let sim: RunningAllegroSimulator
let workspaceId: string
let accountId: string
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-crash-'))
const children = new Set<ChildProcess>()

function startWorker(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, JSON.stringify(inject('testDatabase')), dataDir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    children.add(proc)
    const timer = setTimeout(() => reject(new Error('worker never became ready')), 60_000)
    proc.stdout?.on('data', (chunk: Buffer) => {
      if (process.env.CHILD_LOG_LEVEL) fs.appendFileSync(`/tmp/child-${proc.pid}.log`, chunk)
      if (chunk.toString().includes('READY')) {
        clearTimeout(timer)
        resolve(proc)
      }
    })
    proc.on('exit', () => children.delete(proc))
  })
}

function killHard(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.on('exit', () => resolve())
    proc.kill('SIGKILL')
  })
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 200))
  }
  const states = await runtime.database.db
    .selectFrom('messages')
    .select(['deliveryStatus', 'deliveryError', (eb) => eb.fn.countAll<string>().as('n')])
    .where('channelAccountId', '=', accountId)
    .groupBy(['deliveryStatus', 'deliveryError'])
    .execute()
  const jobs = await runtime.jobs.pool.query(
    `select name, state, count(*)::int as n, max(retry_count) as retries from pgboss.job
      where name like 'conversations.%' group by name, state`,
  )
  throw new Error(
    `timed out waiting for ${what}: ${JSON.stringify(states)} jobs ${JSON.stringify(jobs.rows)}`,
  )
}

const count = async (where: 'stored' | 'sent') => {
  const query = runtime.database.db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('channelAccountId', '=', accountId)
  const row = await (where === 'stored'
    ? query.where('direction', '=', 'inbound')
    : query.where('deliveryStatus', '=', 'sent').where('authorType', '=', 'system')
  ).executeTakeFirstOrThrow()
  return Number(row.n)
}

beforeAll(async () => {
  runtime = await createTestRuntime()
  sim = await startAllegroSimulator({ rateLimit: null })
  sim.state.registerApp({
    clientId: 'crash',
    clientSecret: 'crash-secret',
    name: 'crash',
    redirectUris: [],
  })
  const start = Date.now() - MESSAGES * 1000
  for (let t = 0; t < THREADS; t++)
    for (let m = 0; m < PER_THREAD; m++)
      sim.state.write({
        sellerLogin: SELLER,
        buyerLogin: `kupujacy_${t}`,
        text: `Wiadomość ${m} w wątku ${t}: kiedy wyślecie paczkę?`,
        at: new Date(start + (t * PER_THREAD + m) * 1000),
      })
  const tokens = sim.state.issueTokens('crash', SELLER)
  workspaceId = (await buildUser(runtime)).workspaceId
  accountId = await buildChannelAccount(runtime, workspaceId, 'allegro', {
    settings: { environment: 'simulator', apiUrl: sim.url, authUrl: sim.url, sellerLogin: SELLER },
    credentials: {
      clientId: 'crash',
      clientSecret: 'crash-secret',
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
  })
}, 120_000)

afterAll(async () => {
  for (const proc of children) proc.kill('SIGKILL')
  await sim?.close()
  await runtime?.close()
})

describe('kill -9 of the worker', () => {
  it('during the ingest of 10,000 messages: after restart, none lost and none duplicated', async () => {
    const first = await startWorker()
    await runtime.jobs.boss.send(SYNC_ACCOUNT_QUEUE, { accountId, workspaceId })
    await waitFor(
      async () => (await count('stored')) >= MESSAGES / 4,
      120_000,
      'a quarter ingested',
    )
    await killHard(first)
    const killedAt = await count('stored')
    expect(killedAt).toBeLessThan(MESSAGES)
    await startWorker() // its start queues a sync of every active account
    await waitFor(async () => (await count('stored')) >= MESSAGES, 240_000, 'all messages')
    const rows = await runtime.database.db
      .selectFrom('messages')
      .select(['externalId'])
      .where('channelAccountId', '=', accountId)
      .execute()
    const ids = rows.map((r) => r.externalId)
    expect(ids).toHaveLength(MESSAGES)
    expect(new Set(ids).size).toBe(MESSAGES)
    const expected = [...sim.state.messages.values()].map((m) => m.id)
    expect(new Set(ids)).toEqual(new Set(expected))
  }, 400_000)

  it('during 1,000 queued replies: after restart, each reply reaches Allegro exactly once', async () => {
    const conversations = await runtime.database.db
      .selectFrom('conversations')
      .select('id')
      .where('channelAccountId', '=', accountId)
      .limit(100)
      .execute()
    await runtime.inWorkspace({ workspaceId, actor: systemActor('crash test') }, async (ctx) => {
      for (let i = 0; i < REPLIES; i++)
        await queueReply(ctx, conversations[i % conversations.length]?.id as string, {
          text: `Odpowiedź nr ${i}: paczka wyjechała dziś.`,
        })
    })
    const worker = [...children][0] as ChildProcess
    await waitFor(async () => (await count('sent')) >= REPLIES / 4, 240_000, 'a quarter sent')
    await killHard(worker)
    expect(await count('sent')).toBeLessThan(REPLIES)
    await startWorker()
    await waitFor(async () => (await count('sent')) >= REPLIES, 240_000, 'all replies sent')
    const sent = [...sim.state.messages.values()].filter((m) => /^Odpowiedź nr \d+:/.test(m.text))
    expect(sent).toHaveLength(REPLIES)
    expect(new Set(sent.map((m) => m.text)).size).toBe(REPLIES)
    // Our replies also come back through the pull; they must not be stored a second time.
    const outbound = await runtime.database.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('channelAccountId', '=', accountId)
      .where('direction', '=', 'outbound')
      .executeTakeFirstOrThrow()
    expect(Number(outbound.n)).toBe(REPLIES)
  }, 600_000)
})
