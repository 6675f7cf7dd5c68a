// Time from `aftersale start` to a ready /readyz: first start on a new data dir (initdb,
// migrations, demo seed) and cold start on an existing one. Targets (issue 3): ≤ 10 s and ≤ 3 s.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
// @ts-expect-error plain ESM helper without types
import { ensureServerBuild } from '../../server/bin/ensure-build.mjs'
import { scratchDatabase } from '../lib/database.js'
import { isSmall, printTable } from '../lib/table.js'

const cli = fileURLToPath(new URL('../../server/bin/aftersale.mjs', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Starts Aftersale, returns milliseconds until /readyz answers 200, then stops it. */
async function timeToReady(env: Record<string, string>): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, [cli, 'start'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`aftersale start exited with ${child.exitCode}`)
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((response) => response.status === 200)
        .catch(() => false)
      if (ok) return performance.now() - started
      if (performance.now() - started > 60_000) throw new Error('not ready within 60 s')
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  } finally {
    child.kill('SIGTERM')
    await exited
  }
}

await ensureServerBuild() // compile once up front; compilation is not start-up time
const runs = isSmall ? 2 : 5
const firstStarts: number[] = []
const coldStarts: number[] = []
for (let i = 0; i < (isSmall ? 1 : 3); i++) {
  const scratch = await scratchDatabase()
  try {
    firstStarts.push(await timeToReady(scratch.env))
    for (let j = 0; j < runs; j++) coldStarts.push(await timeToReady(scratch.env))
  } finally {
    await scratch.drop()
  }
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const firstStartMs = Math.round(median(firstStarts))
const coldStartMs = Math.round(median(coldStarts))
printTable(
  `Start-up to ready (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}), median`,
  [
    {
      start: 'first start, new data dir (incl. demo seed)',
      ms: firstStartMs,
      target: '≤ 10000',
      runs: firstStarts.length,
    },
    {
      start: 'cold start, existing data dir',
      ms: coldStartMs,
      target: '≤ 3000',
      runs: coldStarts.length,
    },
  ],
)
process.stdout.write(`${JSON.stringify({ name: 'startup', firstStartMs, coldStartMs })}\n`)
