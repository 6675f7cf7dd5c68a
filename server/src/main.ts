import type { FastifyInstance } from 'fastify'
import { createApp } from './app.js'
import { IDENTITY_CHANNEL } from './modules/identity/index.js'
import { modules } from './modules/registry.js'
import type { Config } from './platform/config.js'
import { createLogger } from './platform/logger.js'
import { type Runtime, startRuntime } from './platform/runtime.js'
import { seedDemo } from './seed-demo.js'

/** Which parts a process runs: the web API, the job workers, or both (the default). */
export type ProcessRole = 'all' | 'web' | 'worker'

/** A started Aftersale process. */
export interface RunningProcess {
  runtime: Runtime
  app: FastifyInstance | null
  url: string | null
  stop(): Promise<void>
}

/** Starts the runtime, seeds the demo on an empty database, then the web server and/or workers. */
export async function startProcess(
  config: Config,
  role: ProcessRole,
  options: { inMemory?: boolean; print?: (line: string) => void } = {},
): Promise<RunningProcess> {
  const log = createLogger(config)
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`))
  const runtime = await startRuntime(config, log, modules, {
    inMemory: options.inMemory,
    channels: [IDENTITY_CHANNEL],
  })
  let app: FastifyInstance | null = null
  let url: string | null = null
  const stopBackground: (() => Promise<void>)[] = []
  try {
    if (role !== 'worker' && config.demo && (await isEmpty(runtime))) {
      const seeded = await seedDemo(runtime)
      if (seeded) {
        print('')
        print('  Demo workspace created. Sign in with (shown only this once):')
        print(`    e-mail:   ${seeded.ownerEmail}`)
        print(`    password: ${seeded.ownerPassword}`)
        print('')
      }
    }
    if (role !== 'worker') {
      app = await createApp(runtime)
      url = await app.listen({ port: config.port, host: config.host })
      const port = new URL(url).port
      print(`  Aftersale is running at http://${displayHost(config.host)}:${port}`)
    }
    // Workers start once the app listens, so start-up hooks (e.g. the demo's simulator
    // tokens) are in place before the first job runs.
    if (role !== 'web') {
      await runtime.jobs.work(config.workerConcurrency)
      for (const module of modules) {
        const stop = await module.background?.(runtime)
        if (stop) stopBackground.push(stop)
      }
      if (role === 'worker') print('  Aftersale workers are running; stop with Ctrl+C.')
    }
  } catch (error) {
    for (const stop of stopBackground) await stop().catch(() => {})
    await app?.close()
    await runtime.close()
    throw error
  }
  return {
    runtime,
    app,
    url,
    async stop() {
      for (const stop of stopBackground) await stop().catch(() => {})
      await app?.close()
      await runtime.close()
    },
  }
}

async function isEmpty(runtime: Runtime): Promise<boolean> {
  const row = await runtime.database.db
    .selectFrom('workspaces')
    .select('id')
    .limit(1)
    .executeTakeFirst()
  return !row
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host
}
