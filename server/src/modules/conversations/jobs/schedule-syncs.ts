import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { SYNC_ACCOUNT_QUEUE } from './sync-account.js'

/** Every minute, queues a pull of each active account whose channel is pulled (polling fallback). */
export function scheduleSyncsJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'conversations.schedule-syncs',
    cron: '* * * * *',
    retryLimit: 0,
    async handle() {
      await enqueueDueSyncs(runtime)
    },
  }
}

/** Queues a sync for every pullable account (one per account at a time via the singleton key). */
export async function enqueueDueSyncs(runtime: Runtime, kinds = ['email', 'allegro']) {
  // Runs across workspaces, so it reads as the owner role; each sync then runs in its workspace.
  const accounts = await runtime.database.db
    .selectFrom('channelAccounts')
    .select(['id', 'workspaceId'])
    .where('deletedAt', 'is', null)
    .where('status', '=', 'active')
    .where('kind', 'in', kinds as ('email' | 'allegro')[])
    .where((eb) =>
      eb.or([eb('rateLimitedUntil', 'is', null), eb('rateLimitedUntil', '<', new Date())]),
    )
    .execute()
  for (const account of accounts)
    await runtime.jobs.boss.send(
      SYNC_ACCOUNT_QUEUE,
      { accountId: account.id, workspaceId: account.workspaceId },
      { singletonKey: account.id },
    )
  return accounts.length
}
