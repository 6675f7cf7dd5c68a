// `npm run bench [-- NAME]`: runs one benchmark folder (or all), each as its own process.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const available = fs
  .readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(here, entry.name, 'index.ts')))
  .map((entry) => entry.name)
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !available.includes(name))
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}\n`,
  )
  process.exit(64)
}
const names = wanted.length > 0 ? wanted : available
const results = []
for (const name of names) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, name, 'index.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: process.env,
  })
  process.stdout.write(run.stdout)
  if (run.status !== 0) {
    process.stderr.write(`benchmark ${name} failed (exit ${run.status})\n`)
    process.exit(1)
  }
  const last = run.stdout.trim().split('\n').at(-1)
  results.push(JSON.parse(last))
}
if (names.length > 1) process.stdout.write(`${JSON.stringify({ name: 'all', results })}\n`)
