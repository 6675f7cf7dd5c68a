// The returns rules engine: evaluateCase throughput in-process over a seeded, realistic mix of
// cases, and the `rules evaluate` CLI end to end (its own process, JSON Lines over pipes,
// start-up included). Target: 100,000 cases a second single-threaded.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { evaluateCase } from '../../server/src/modules/returns/rules/index.js'
import { round } from '../lib/stats.js'
import { isSmall, printTable } from '../lib/table.js'
import { generateCases } from './generate-cases.js'

const TARGET = 100_000
const DISTINCT = isSmall ? 20_000 : 100_000
const ROUNDS = isSmall ? 5 : 20
const CLI_CASES = isSmall ? 50_000 : 500_000

const cases = generateCases(DISTINCT)

// Warm-up: let the JIT settle and fill the holiday memo before timing.
for (const facts of cases) evaluateCase(facts)

const decisions = { accept: 0, refuse: 0 }
let checksum = 0
const started = performance.now()
for (let round = 0; round < ROUNDS; round++) {
  for (const facts of cases) {
    const result = evaluateCase(facts)
    decisions[result.decision]++
    checksum += result.reasons.length
  }
}
const seconds = (performance.now() - started) / 1000
const evaluated = DISTINCT * ROUNDS
const casesPerSecond = Math.round(evaluated / seconds)

/** Runs the CLI as a child process on `lines`; returns its seconds and its output line count. */
async function runCli(lines: string[]): Promise<{ seconds: number; outputLines: number }> {
  const began = performance.now()
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./cli-child.ts', import.meta.url)), 'evaluate'],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  )
  let outputLines = 0
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) outputLines++
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const batch = 2000
  for (let i = 0; i < lines.length; i += batch) {
    const text = `${lines.slice(i, i + batch).join('\n')}\n`
    if (!child.stdin.write(text)) await new Promise((resolve) => child.stdin.once('drain', resolve))
  }
  child.stdin.end()
  const code = await exited
  if (code !== 0) throw new Error(`the rules CLI exited with ${code}`)
  return { seconds: (performance.now() - began) / 1000, outputLines }
}

const input = Array.from({ length: CLI_CASES }, (_, i) => JSON.stringify(cases[i % cases.length]))
const startup = await runCli([])
const cli = await runCli(input)
if (cli.outputLines !== CLI_CASES) {
  throw new Error(`the rules CLI answered ${cli.outputLines} of ${CLI_CASES} cases`)
}
const cliCasesPerSecond = Math.round(CLI_CASES / cli.seconds)
const cliSteadyPerSecond = Math.round(CLI_CASES / Math.max(1e-9, cli.seconds - startup.seconds))

printTable('Returns rules engine (single thread)', [
  {
    what: 'evaluateCase in-process',
    cases: evaluated.toLocaleString('en'),
    seconds: round(seconds, 2),
    rate: `${casesPerSecond.toLocaleString('en')} cases/s`,
  },
  {
    what: 'CLI: process start-up, no input',
    cases: 0,
    seconds: round(startup.seconds, 2),
    rate: '',
  },
  {
    what: 'CLI end to end (JSON Lines over pipes)',
    cases: CLI_CASES.toLocaleString('en'),
    seconds: round(cli.seconds, 2),
    rate: `${cliCasesPerSecond.toLocaleString('en')} cases/s (${cliSteadyPerSecond.toLocaleString('en')} without start-up)`,
  },
])
process.stdout.write(
  `Decisions: ${decisions.accept.toLocaleString('en')} accepted, ${decisions.refuse.toLocaleString('en')} refused (reasons checksum ${checksum}).\n`,
)
process.stdout.write(
  `${JSON.stringify({
    name: 'rules',
    casesPerSecond,
    cliCasesPerSecond,
    cases: evaluated,
    cliCases: CLI_CASES,
    cliStartupSeconds: round(startup.seconds, 2),
    target: TARGET,
    meetsTarget: casesPerSecond >= TARGET,
  })}\n`,
)
