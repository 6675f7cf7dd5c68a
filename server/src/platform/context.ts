import type { Transaction } from 'kysely'
import type { DatabaseSchema } from './db/schema.js'
import type { JobQueue } from './jobs/job-queue.js'

/** Who performs an action: a signed-in user, an API token, or Aftersale itself. */
export interface Actor {
  type: 'user' | 'api_token' | 'system'
  /** User id or API-token id; null for the system. */
  id: string | null
  /** Human-readable name kept in the audit log even if the user is deleted later. */
  label: string
}

/** What every domain service receives: the workspace, the actor and the open transaction. */
export interface ServiceContext {
  workspaceId: string
  actor: Actor
  ip: string | null
  requestId: string | null
  trx: Transaction<DatabaseSchema>
  jobs: JobQueue
}

/** The actor for work Aftersale starts by itself (jobs, seeding, CLI). */
export const systemActor = (label = 'Aftersale'): Actor => ({ type: 'system', id: null, label })
