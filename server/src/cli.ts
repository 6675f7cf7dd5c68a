import { parseArgs } from 'node:util'
import { startProcess } from './main.js'
import {
  createUserInWorkspace,
  DEMO_WORKSPACE,
  ROLES,
  type Role,
} from './modules/identity/index.js'
import { importCsvFile } from './modules/orders/service/import/import-csv-file.js'
import { modules } from './modules/registry.js'
import { ConfigError, loadConfig } from './platform/config.js'
import { createLogger } from './platform/logger.js'
import { startRuntime } from './platform/runtime.js'
import { seedDemo } from './seed-demo.js'

const USAGE = `Usage: aftersale <command> [options]

Commands:
  start [--no-worker]   Run the web app and the job workers (--no-worker: web only)
  worker                Run only the job workers
  migrate               Apply database migrations and exit
  create-user --email E --password P --workspace NAME [--role owner|admin|agent|viewer] [--name N]
                        Create or update a user in a workspace (created when missing); prints the user id
  seed-demo             Create the demo workspace when it does not exist yet
  import orders|products FILE [--workspace NAME]
                        Import a CSV file (formats: docs/import-csv.md) into a workspace (default:
                        the demo workspace); rejected rows go to FILE.errors.csv. Exit code 0 when
                        every row was imported, 2 when some failed, 1 when the file was unusable
  rules evaluate [--explain]
                        Decide withdrawal and complaint cases read as JSON Lines on stdin, one
                        answer line per case on stdout (docs/returns-rules.md)
  help                  Show this text

Configuration comes from environment variables; see README.md.`

/** Runs one CLI command; returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'rules') {
    // No database and no configuration: the rules engine is pure.
    const { runRulesCommand } = await import('./modules/returns/cli/rules-evaluate.js')
    return runRulesCommand(rest, process.stdin, process.stdout)
  }
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      return 78 // EX_CONFIG
    }
    throw error
  }
  switch (command) {
    case 'start':
    case 'worker': {
      const { values } = parseArgs({ args: rest, options: { 'no-worker': { type: 'boolean' } } })
      const role = command === 'worker' ? 'worker' : values['no-worker'] ? 'web' : 'all'
      // Handlers go in before start-up finishes: a signal right after "running" must stop us
      // gracefully, not kill the process with the default action.
      const stopped = new Promise<void>((resolve) => {
        const stop = () => {
          process.stdout.write('  Stopping Aftersale…\n')
          resolve()
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      const running = await startProcess(config, role)
      await stopped
      await running.stop()
      // A job still waiting on a slow channel (an unreachable mail server) may keep the event
      // loop alive after its graceful window; the process ends anyway, soon after the stop.
      setTimeout(() => process.exit(0), 2000).unref()
      return 0
    }
    case 'migrate': {
      const runtime = await startRuntime({ ...config }, createLogger(config), modules)
      await runtime.close()
      process.stdout.write('Migrations are up to date.\n')
      return 0
    }
    case 'create-user':
      return createUser(config, rest)
    case 'import':
      return importFile(config, rest)
    case 'seed-demo': {
      const runtime = await startRuntime(config, createLogger({ logLevel: 'warn' }), modules)
      try {
        const seeded = await seedDemo(runtime)
        process.stdout.write(
          seeded
            ? `Demo workspace created.\n  e-mail:   ${seeded.ownerEmail}\n  password: ${seeded.ownerPassword}\n`
            : 'The demo workspace already exists; nothing to do.\n',
        )
      } finally {
        await runtime.close()
      }
      return 0
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`)
      return 0
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`)
      return 64 // EX_USAGE
  }
}

async function createUser(config: ReturnType<typeof loadConfig>, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      workspace: { type: 'string' },
      role: { type: 'string', default: 'owner' },
      name: { type: 'string' },
    },
  })
  const problems: string[] = []
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email))
    problems.push('--email must be an e-mail address')
  if (!values.password || values.password.length < 10)
    problems.push('--password must have at least 10 characters')
  if (!values.workspace?.trim()) problems.push('--workspace must name a workspace')
  if (!ROLES.includes(values.role as Role))
    problems.push(`--role must be one of ${[...ROLES].reverse().join(', ')}`)
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`)
    return 64
  }
  const runtime = await startRuntime(config, createLogger({ logLevel: 'warn' }), modules)
  try {
    const result = await createUserInWorkspace(runtime, {
      email: values.email!,
      password: values.password!,
      workspace: values.workspace!.trim(),
      role: values.role as Role,
      name: values.name,
    })
    process.stdout.write(`${result.userId}\n`)
    return 0
  } finally {
    await runtime.close()
  }
}

async function importFile(config: ReturnType<typeof loadConfig>, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { workspace: { type: 'string', default: DEMO_WORKSPACE } },
  })
  const [kind, file] = positionals
  if ((kind !== 'orders' && kind !== 'products') || !file || positionals.length > 2) {
    process.stderr.write('Usage: aftersale import orders|products FILE [--workspace NAME]\n')
    return 64
  }
  const runtime = await startRuntime(config, createLogger({ logLevel: 'warn' }), modules)
  try {
    return await importCsvFile(runtime, {
      kind,
      file,
      workspace: values.workspace,
      stdout: process.stdout,
      stderr: process.stderr,
    })
  } finally {
    await runtime.close()
  }
}
