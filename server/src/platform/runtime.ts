import path from 'node:path'
import type pg from 'pg'
import type { Logger } from 'pino'
import type { Config } from './config.js'
import type { ServiceContext } from './context.js'
import { loadSecretKey, SecretBox } from './crypto/secret-box.js'
import { type Database, openDatabase } from './db/database.js'
import { runMigrations } from './db/migrations.js'
import { asSystem, inWorkspace, type WorkspaceScope } from './db/workspace-transaction.js'
import { platformMigrations } from './events/migrations.js'
import { NotificationBus } from './events/notification-bus.js'
import { EVENTS_CHANNEL, PRESENCE_CHANNEL } from './events/record-event.js'
import { FileStore } from './files/file-store.js'
import { JobQueue } from './jobs/job-queue.js'
import type { AppModule } from './module.js'

/** The long-lived parts one Aftersale process shares: configuration, database, jobs and notifications. */
export interface Runtime {
  config: Config
  log: Logger
  database: Database
  jobs: JobQueue
  bus: NotificationBus
  modules: AppModule[]
  /** Encrypts credentials at rest. */
  secrets: SecretBox
  /** Attachments and other uploaded files. */
  files: FileStore
  /** Runs `work` in a workspace transaction as the RLS-bound app role. */
  inWorkspace<T>(scope: WorkspaceScope, work: (ctx: ServiceContext) => Promise<T>): Promise<T>
  /** Runs `work` in a transaction outside row-level security (sign-in, sign-up, seeding). */
  asSystem<T>(scope: WorkspaceScope, work: (ctx: ServiceContext) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Every migration in order: the platform's first, then each module's as registered. */
export function allMigrations(modules: AppModule[], appRole: string) {
  return [
    ...platformMigrations(appRole),
    ...modules.flatMap((module) => module.migrations(appRole)),
  ]
}

/** Opens the database, applies migrations, starts the job queue and the notification listener. */
export async function startRuntime(
  config: Config,
  log: Logger,
  modules: AppModule[],
  options: {
    inMemory?: boolean
    channels?: string[]
    /** Use an already running database (tests share one embedded PGlite across files). */
    attachTo?: { connection: pg.ClientConfig; mode: 'embedded' | 'server' }
  } = {},
): Promise<Runtime> {
  const database = await openDatabase({
    ...config,
    inMemory: options.inMemory,
    attachTo: options.attachTo,
  })
  const bus = new NotificationBus(database.mode, database.connection, log)
  bus.watchPool(database.pool)
  const jobs = new JobQueue(database.connection, log)
  bus.watchPool(jobs.pool)
  try {
    await runMigrations(database.db, allMigrations(modules, config.appDbRole), (id) =>
      log.info({ migration: id }, 'migration applied'),
    )
    await jobs.start(config.appDbRole)
    await bus.start([EVENTS_CHANNEL, PRESENCE_CHANNEL, ...(options.channels ?? [])])
  } catch (error) {
    await bus.stop()
    await jobs.stop().catch(() => {})
    await database.close()
    throw error
  }
  const runtime: Runtime = {
    config,
    log,
    database,
    jobs,
    bus,
    modules,
    secrets: new SecretBox(loadSecretKey(config)),
    files: new FileStore(path.join(config.dataDir, 'files')),
    inWorkspace: (scope, work) => inWorkspace(database, jobs, scope, work),
    asSystem: (scope, work) => asSystem(database, jobs, scope, work),
    async close() {
      await bus.stop()
      await jobs.stop()
      await database.close()
    },
  }
  await jobs.define(modules.flatMap((module) => module.jobs?.(runtime) ?? []))
  return runtime
}
