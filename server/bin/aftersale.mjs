#!/usr/bin/env node
// Runs the compiled CLI, compiling the server first when the build is missing or older than
// its sources (so `npx aftersale …` works straight after `npm install`).
import { ensureServerBuild } from './ensure-build.mjs'

const entry = await ensureServerBuild()
const { runCli } = await import(entry)
try {
  process.exitCode = await runCli(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`aftersale: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.LOG_LEVEL === 'debug') console.error(error)
  process.exitCode = 1
}
