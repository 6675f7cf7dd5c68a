// The public tracking page under load: a shop with 10,000 orders (small: 1,000) and their
// parcels and scans, the real app in its own process, 200 connections for 20 s (small: 5 s)
// asking for random orders' pages. Reports latency percentiles, throughput and errors.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { scratchDatabase } from '../lib/database.js'
import { backendName } from '../lib/runtime.js'
import { percentile, round } from '../lib/stats.js'
import { printTable } from '../lib/table.js'
import { CONNECTIONS, SECONDS, WARM_UP_SECONDS } from './scale.js'

const QUERY_PROBES = 20

interface Ready {
  url: string
  tokens: string[]
  orders: number
  parcels: number
  scans: number
  seedSeconds: number
}

const scratch = await scratchDatabase()
const child = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, ...scratch.env },
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
})
const exited = new Promise((resolve) => child.once('exit', resolve))

function ask<T>(message: string | null): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (answer) => resolve(answer as T))
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)))
    if (message) child.send(message)
  })
}

try {
  const ready = await ask<Ready>(null)
  const { tokens } = ready
  const randomPath = () => `/t/${tokens[Math.floor(Math.random() * tokens.length)]}`
  // A page, to be sure the load below measures the tracking page and not an error page.
  const probe = await fetch(`${ready.url}${randomPath()}`)
  const probeBody = await probe.text()
  if (probe.status !== 200 || !probeBody.includes('data-headline'))
    throw new Error(`the tracking page answered ${probe.status}: ${probeBody.slice(0, 200)}`)

  /** One autocannon run over random tokens; collects each response's time and status. */
  function load(seconds: number) {
    const times: number[] = []
    const statuses = new Map<number, number>()
    return new Promise<{
      result: autocannon.Result
      times: number[]
      statuses: Map<number, number>
    }>((resolve, reject) => {
      const instance = autocannon(
        {
          url: ready.url,
          connections: CONNECTIONS,
          duration: seconds,
          headers: { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.7' },
          requests: [
            { method: 'GET', setupRequest: (request) => ({ ...request, path: randomPath() }) },
          ],
        },
        (error, result) => (error ? reject(error) : resolve({ result, times, statuses })),
      )
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        times.push(responseTime)
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1)
      })
    })
  }

  await load(WARM_UP_SECONDS) // JIT, the token cache, the pool's connections
  const { result, times, statuses } = await load(SECONDS)
  // Queries per page, counted over quiet sequential views of pages already seen once.
  const view = (i: number) => fetch(`${ready.url}/t/${tokens[i]}`).then((r) => r.text())
  for (let i = 0; i < QUERY_PROBES; i++) await view(i)
  const queriesBefore = (await ask<{ queries: number }>('queries')).queries
  for (let i = 0; i < QUERY_PROBES; i++) await view(i)
  const queriesPerPage =
    ((await ask<{ queries: number }>('queries')).queries - queriesBefore) / QUERY_PROBES
  const answered = times.length
  const errors = result.errors + result.timeouts + result.non2xx
  const p = (q: number) => round(percentile(times, q))
  const requestsPerSec = Math.round(answered / result.duration)
  printTable(
    `Tracking page: ${ready.orders} orders, ${ready.parcels} parcels, ${ready.scans} scans ` +
      `(seeded in ${ready.seedSeconds} s), ${CONNECTIONS} connections for ${SECONDS} s, ${backendName()}`,
    [
      {
        route: 'GET /t/:token (random orders)',
        'req/s': requestsPerSec,
        'p50 ms': p(50),
        'p95 ms': p(95),
        'p99 ms': p(99),
        'max ms': p(100),
        errors,
      },
    ],
  )
  process.stdout.write(
    `Responses: ${[...statuses].map(([status, n]) => `${n} × ${status}`).join(', ')}; ` +
      `${result.errors} connection errors, ${result.timeouts} timeouts.\n` +
      `Queries per page: ${round(queriesPerPage, 2)} (begin, workspace and role, the page, ` +
      "commit; the token's workspace and the time zone are remembered).\n",
  )
  process.stdout.write(
    `${JSON.stringify({
      name: 'tracking-page',
      connections: CONNECTIONS,
      p95Ms: p(95),
      p99Ms: p(99),
      requestsPerSec,
      errors,
      p50Ms: p(50),
      queriesPerPage: round(queriesPerPage, 2),
      orders: ready.orders,
      durationSeconds: SECONDS,
      backend: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    })}\n`,
  )
} finally {
  if (child.connected) child.send('stop')
  await exited
  await scratch.drop()
}
