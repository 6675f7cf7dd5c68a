import { systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { forEachActiveAllegroAccount, withAllegroClient } from '../../channels/index.js'
import { applyOrders } from '../service/apply-orders.js'
import { pullAllegroOrders } from '../sources/allegro/index.js'

// Pages per run: enough for a busy seller's five minutes, bounded so one account cannot hog a worker.
const MAX_PAGES = 50

/** Every five minutes: reads new and changed orders of every active Allegro account. */
export function syncAllegroOrdersJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'orders.sync-allegro-orders',
    cron: '*/5 * * * *',
    retryLimit: 0,
    async handle() {
      await syncAllAllegroOrders(runtime)
    },
  }
}

/** Syncs each active Allegro account in turn; one account failing does not stop the others. */
export async function syncAllAllegroOrders(runtime: Runtime, only?: { workspaceId: string }) {
  await forEachActiveAllegroAccount(
    runtime,
    'Allegro order sync',
    (workspaceId, accountId) => syncAllegroOrders(runtime, workspaceId, accountId),
    only,
  )
}

/**
 * Reads pages from the stored cursor; each page's orders and the cursor after them are written
 * in one transaction, so a crash repeats at most one page (which upserts to the same result).
 */
export async function syncAllegroOrders(runtime: Runtime, workspaceId: string, accountId: string) {
  const scope = { workspaceId, actor: systemActor('Allegro orders') }
  const state = await runtime.inWorkspace(scope, (ctx) =>
    ctx.trx
      .selectFrom('orderSyncState')
      .select('cursor')
      .where('channelAccountId', '=', accountId)
      .executeTakeFirst(),
  )
  let cursor = state?.cursor ?? null
  try {
    await withAllegroClient(runtime, scope, accountId, async (client) => {
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await pullAllegroOrders(client, cursor, { channelAccountId: accountId })
        await runtime.inWorkspace(scope, async (ctx) => {
          if (result.orders.length) await applyOrders(ctx, result.orders)
          await saveState(ctx, workspaceId, accountId, {
            cursor: result.nextCursor,
            error: null,
            seen: result.orders.length,
          })
        })
        cursor = result.nextCursor
        if (result.done) break
      }
    })
  } catch (error) {
    await runtime.inWorkspace(scope, (ctx) =>
      saveState(ctx, workspaceId, accountId, { cursor, error: (error as Error).message, seen: 0 }),
    )
    throw error
  }
}

async function saveState(
  ctx: Parameters<Parameters<Runtime['inWorkspace']>[1]>[0],
  workspaceId: string,
  accountId: string,
  s: { cursor: string | null; error: string | null; seen: number },
) {
  const now = new Date()
  await ctx.trx
    .insertInto('orderSyncState')
    .values({
      channelAccountId: accountId,
      workspaceId,
      cursor: s.cursor,
      lastSyncedAt: now,
      lastError: s.error,
      ordersSeen: s.seen,
    })
    .onConflict((oc) =>
      oc.column('channelAccountId').doUpdateSet((eb) => ({
        cursor: s.cursor,
        lastSyncedAt: now,
        lastError: s.error,
        ordersSeen: eb('orderSyncState.ordersSeen', '+', s.seen),
      })),
    )
    .execute()
}
