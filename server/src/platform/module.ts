import type { FastifyInstance } from 'fastify'
import type { ServiceContext } from './context.js'
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
  /** What this module holds about a customer, for GDPR export/erasure and customer merges. */
  customerData?: CustomerDataProvider
  /** Adds this module's part of the demo workspace. */
  seedDemo?(runtime: Runtime, demo: DemoWorkspace): Promise<void>
}

/** The demo workspace as later modules' seeders need it. */
export interface DemoWorkspace {
  workspaceId: string
  ownerId: string
  members: { id: string; email: string; name: string; role: string }[]
}

/**
 * A module's rows about one customer. GDPR art. 15/20 (access, portability) need `export`,
 * art. 17 (erasure) `erase`; merges move rows between customers with `reassign`/`restore`.
 */
export interface CustomerDataProvider {
  /** JSON-serialisable data under this module's section names (e.g. { orders: [...] }). */
  export(ctx: ServiceContext, customerId: string): Promise<Record<string, unknown>>
  /** Removes or anonymises personal data; returns what it had to keep and why (legal holds). */
  erase(ctx: ServiceContext, customerId: string): Promise<{ kept: string[] }>
  /** Points this module's rows of `fromId` at `toId`; returns the ids moved, for an unmerge. */
  reassign(ctx: ServiceContext, fromId: string, toId: string): Promise<string[]>
  /** Points the rows listed by an earlier `reassign` back at `fromId`. */
  restore(ctx: ServiceContext, fromId: string, ids: string[]): Promise<void>
  /** What must be kept by law before erasure (e.g. "2 invoiced orders", "1 open complaint"). */
  legalHolds?(ctx: ServiceContext, customerId: string): Promise<string[]>
}
