import { sql, type Transaction } from 'kysely'
import type { Actor, ServiceContext } from '../context.js'
import type { JobQueue } from '../jobs/job-queue.js'
import type { Database } from './database.js'
import { WORKSPACE_SETTING } from './row-security.js'
import type { DatabaseSchema } from './schema.js'

/** Everything needed to open a workspace transaction, minus the transaction itself. */
export interface WorkspaceScope {
  workspaceId: string
  actor: Actor
  ip?: string | null
  requestId?: string | null
}

/** Runs `work` in one transaction that acts as the RLS-bound app role inside the given workspace; commit or rollback restores the connection. */
export async function inWorkspace<T>(
  database: Database,
  jobs: JobQueue,
  scope: WorkspaceScope,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return database.db.transaction().execute(async (trx) => {
    // One round trip: both settings are transaction-local (is_local = true).
    await sql`select set_config(${WORKSPACE_SETTING}, ${scope.workspaceId}, true), set_config('role', ${database.appRole}, true)`.execute(
      trx,
    )
    return work(serviceContext(scope, trx, jobs))
  })
}

/** Runs `work` in one transaction as the migrating (owner) role, not subject to row-level security: for sign-in, sign-up and seeding, which span workspaces. */
export async function asSystem<T>(
  database: Database,
  jobs: JobQueue,
  scope: WorkspaceScope,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return database.db.transaction().execute((trx) => work(serviceContext(scope, trx, jobs)))
}

function serviceContext(
  scope: WorkspaceScope,
  trx: Transaction<DatabaseSchema>,
  jobs: JobQueue,
): ServiceContext {
  return {
    workspaceId: scope.workspaceId,
    actor: scope.actor,
    ip: scope.ip ?? null,
    requestId: scope.requestId ?? null,
    trx,
    jobs,
  }
}
