import { systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { connectorFor, loadConnectorAccount } from '../../channels/index.js'
import { SYNC_ACCOUNT_QUEUE } from './sync-account.js'

const RESCAN_MS = 60_000

/**
 * Keeps a live watch (IMAP IDLE) on every active account whose connector can watch, and queues
 * a sync when it signals; accounts added, changed or removed are picked up every minute.
 */
export async function startChannelWatchers(runtime: Runtime): Promise<() => Promise<void>> {
  const running = new Map<string, { version: string; stop: () => Promise<void> }>()
  let stopped = false
  const rescan = async () => {
    const rows = await runtime.database.db
      .selectFrom('channelAccounts')
      .select(['id', 'workspaceId', 'kind', 'updatedAt', 'status', 'deletedAt'])
      .where('kind', '=', 'email')
      .execute()
    const wanted = new Map(
      rows
        .filter((r) => r.status === 'active' && !r.deletedAt)
        .map((r) => [r.id, { ...r, version: String(r.updatedAt) }]),
    )
    for (const [id, watcher] of running)
      if (wanted.get(id)?.version !== watcher.version) {
        running.delete(id)
        await watcher.stop().catch(() => {})
      }
    for (const [id, row] of wanted) {
      if (running.has(id) || stopped) continue
      const connector = connectorFor(row.kind)
      if (!connector.watch) continue
      const scope = { workspaceId: row.workspaceId, actor: systemActor('Channel watch') }
      const account = await runtime.inWorkspace(scope, (ctx) =>
        loadConnectorAccount(ctx, runtime.secrets, id),
      )
      const changed = () => {
        runtime.jobs.boss
          .send(
            SYNC_ACCOUNT_QUEUE,
            { accountId: id, workspaceId: row.workspaceId },
            { singletonKey: id },
          )
          .catch((error) =>
            runtime.log.warn({ err: error, accountId: id }, 'could not queue a sync'),
          )
      }
      try {
        const stop = await connector.watch(account, changed, runtime.log)
        running.set(id, { version: row.version, stop })
      } catch (error) {
        runtime.log.warn({ err: error, accountId: id }, 'channel watch failed to start')
      }
    }
  }
  const tick = () =>
    rescan().catch((error) => runtime.log.warn({ err: error }, 'channel watcher rescan failed'))
  await tick()
  const timer = setInterval(tick, RESCAN_MS)
  return async () => {
    stopped = true
    clearInterval(timer)
    for (const watcher of running.values()) await watcher.stop().catch(() => {})
    running.clear()
  }
}
