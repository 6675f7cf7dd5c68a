// Authenticated GET /api/v1/me against a bare Fastify route, in the same run and process.
// Target (issue 3): /me serves at least 50 % of the bare route's requests per second.
import { execFileSync, fork } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { scratchDatabase } from '../lib/database.js'
import { isSmall, printTable } from '../lib/table.js'

const seconds = isSmall ? 3 : 18
const connections = 10
const scratch = await scratchDatabase()
// @ts-expect-error plain ESM helper without types
await import('../../server/bin/ensure-build.mjs').then((m) => m.ensureServerBuild())
const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), [], {
  execArgv: [
    ...(process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : []),
  ],
  env: { ...process.env, ...scratch.env },
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
})
const ready = await new Promise<{ appUrl: string; bareUrl: string; cookie: string }>(
  (resolve, reject) => {
    child.once('message', (message) => resolve(message as never))
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)))
  },
)

// Server on one core, load generator on the other: less scheduler noise between runs.
pinToCores(child.pid!, '1')
pinToCores(process.pid, '0')

function pinToCores(pid: number, cores: string) {
  if (os.availableParallelism() < 2) return
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' })
  } catch {
    // no taskset here: run unpinned
  }
}

/** The server process's CPU time so far (user + system), in microseconds. */
function serverCpu(): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message) => {
      const { cpu } = message as { cpu: NodeJS.CpuUsage }
      resolve(cpu.user + cpu.system)
    })
    child.send('cpu')
  })
}
const cpuPerRequest = { me: [] as number[], bare: [] as number[] }

async function measure(
  url: string,
  headers: Record<string, string>,
  duration: number,
  side?: 'me' | 'bare',
) {
  const cpuBefore = await serverCpu()
  const result = await autocannon({ url, connections, duration, headers })
  if (side) cpuPerRequest[side].push(((await serverCpu()) - cpuBefore) / result.requests.total)
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`)
  }
  return result
}

const me = `${ready.appUrl}/api/v1/me`
const bare = `${ready.bareUrl}/bare`
await measure(me, { cookie: ready.cookie }, 2) // warm-up: JIT, caches, pool
await measure(bare, {}, 2)
// Alternate short rounds so that drift in machine load hits both sides alike; the ratio is the
// median of per-round ratios, each from two adjacent measurements.
const rounds = isSmall ? 3 : 6
const meRounds: autocannon.Result[] = []
const bareRounds: autocannon.Result[] = []
const ratios: number[] = []
for (let round = 0; round < rounds; round++) {
  const meRound = await measure(me, { cookie: ready.cookie }, seconds / rounds, 'me')
  const bareRound = await measure(bare, {}, seconds / rounds, 'bare')
  meRounds.push(meRound)
  bareRounds.push(bareRound)
  ratios.push(meRound.requests.average / bareRound.requests.average)
}
const median = <T>(values: T[], by: (value: T) => number) =>
  [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)]!
const meResult = median(meRounds, (r) => r.requests.average)
const bareResult = median(bareRounds, (r) => r.requests.average)
const medianRatio = median(ratios, (r) => r)

child.send('stop')
await new Promise((resolve) => child.once('exit', resolve))
await scratch.drop()

const cpuMedian = (side: 'me' | 'bare') =>
  Math.round(median(cpuPerRequest[side], (v) => v) * 10) / 10
const reqPerSec = Math.round(meResult.requests.average)
const bareReqPerSec = Math.round(bareResult.requests.average)
const ratio = Math.round(medianRatio * 1000) / 1000
printTable(
  `HTTP: ${connections} connections, ${seconds} s each, database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}`,
  [
    {
      route: 'GET /api/v1/me (session cookie)',
      'req/s': reqPerSec,
      'p50 ms': meResult.latency.p50,
      'p99 ms': meResult.latency.p99,
      'server CPU µs/req': cpuMedian('me'),
    },
    {
      route: 'GET /bare (bare Fastify)',
      'req/s': bareReqPerSec,
      'p50 ms': bareResult.latency.p50,
      'p99 ms': bareResult.latency.p99,
      'server CPU µs/req': cpuMedian('bare'),
    },
    {
      route: 'ratio (target ≥ 0.5)',
      'req/s': ratio,
      'p50 ms': '',
      'p99 ms': '',
      'server CPU µs/req': '',
    },
  ],
)
process.stdout.write(`${JSON.stringify({ name: 'http', reqPerSec, bareReqPerSec, ratio })}\n`)
