import type { FastifyInstance } from 'fastify'
import type { Migration } from './db/migrations.js'
import type { JobDefinition } from './jobs/job-queue.js'
import type { Runtime } from './runtime.js'

/** What a module contributes to the application; modules are listed in `modules/registry.ts`. */
export interface AppModule {
  name: string
  migrations(appRole: string): Migration[]
  jobs?(runtime: Runtime): JobDefinition<never>[]
  routes?(app: FastifyInstance, runtime: Runtime): Promise<void> | void
  /** Long-lived work of worker processes (e.g. IMAP IDLE); returns how to stop it. */
  background?(runtime: Runtime): Promise<() => Promise<void>>
  /** Adds this module's part of the demo workspace. */
  seedDemo?(runtime: Runtime, demo: DemoWorkspace): Promise<void>
}

/** The demo workspace as later modules' seeders need it. */
export interface DemoWorkspace {
  workspaceId: string
  ownerId: string
  members: { id: string; email: string; name: string; role: string }[]
}
