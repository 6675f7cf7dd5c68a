import { systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import {
  CredentialsRejectedError,
  connectorFor,
  loadConnectorAccount,
  RateLimitedError,
  recordSyncOutcome,
  withCredentialSaver,
} from '../../channels/index.js'
import { ingestMessages } from '../service/ingest/ingest-messages.js'

/** The queue that pulls one channel account's new messages. */
export const SYNC_ACCOUNT_QUEUE = 'conversations.sync-account'
// Pages per job run; a busier account continues in the next run instead of hogging a worker.
const MAX_PAGES = 20

/**
 * Pulls an account page by page; each page is ingested together with its cursor in one
 * transaction, so a crash re-pulls at most one page and ingest's idempotence drops repeats.
 */
export function syncAccountJob(runtime: Runtime): JobDefinition<{ accountId: string }> {
  return {
    queue: SYNC_ACCOUNT_QUEUE,
    retryLimit: 3,
    retryDelaySeconds: 10,
    expireInSeconds: 5 * 60,
    async handle(data) {
      const scope = { workspaceId: data.workspaceId as string, actor: systemActor('Channel sync') }
      for (let page = 0; page < MAX_PAGES; page++) {
        const account = withCredentialSaver(
          runtime,
          scope,
          await runtime.inWorkspace(scope, (ctx) =>
            loadConnectorAccount(ctx, runtime.secrets, data.accountId),
          ),
        )
        const connector = connectorFor(account.kind)
        if (account.deleted || account.status !== 'active' || !connector.pull) return
        if (account.rateLimitedUntil && account.rateLimitedUntil > new Date()) return
        let result: Awaited<ReturnType<NonNullable<typeof connector.pull>>>
        try {
          result = await connector.pull(account, account.cursor, runtime.log)
        } catch (error) {
          await runtime.inWorkspace(scope, (ctx) =>
            recordSyncOutcome(ctx, runtime.secrets, account.id, {
              ok: false,
              error: (error as Error).message,
              rateLimitedUntil: error instanceof RateLimitedError ? error.retryAt : undefined,
              credentialsRejected: error instanceof CredentialsRejectedError,
            }),
          )
          if (error instanceof RateLimitedError || error instanceof CredentialsRejectedError) return
          throw error
        }
        const stillCurrent = await runtime.inWorkspace(scope, async (ctx) => {
          // Lock the account so a concurrent pull cannot ingest the same page with an older cursor.
          const locked = await loadConnectorAccount(ctx, runtime.secrets, account.id, {
            lock: true,
          })
          if (JSON.stringify(locked.cursor) !== JSON.stringify(account.cursor)) return false
          await ingestMessages(ctx, runtime.files, locked, result.messages)
          await recordSyncOutcome(ctx, runtime.secrets, account.id, {
            ok: true,
            cursor: result.cursor,
            credentials: result.credentials,
          })
          return true
        })
        if (!stillCurrent || !result.hasMore) return
      }
      await runtime.jobs.boss.send(SYNC_ACCOUNT_QUEUE, data, { singletonKey: data.accountId })
    },
  }
}
