import type { Runtime } from '../../../platform/runtime.js'

/**
 * Runs `work` for every active Allegro account (of one workspace with `only`), one after another;
 * an account that fails is logged with `what` and does not stop the others.
 */
export async function forEachActiveAllegroAccount(
  runtime: Runtime,
  what: string,
  work: (workspaceId: string, accountId: string) => Promise<unknown>,
  only?: { workspaceId: string },
): Promise<void> {
  let query = runtime.database.db
    .selectFrom('channelAccounts')
    .select(['id', 'workspaceId'])
    .where('kind', '=', 'allegro')
    .where('status', '=', 'active')
    .where('deletedAt', 'is', null)
  if (only) query = query.where('workspaceId', '=', only.workspaceId)
  for (const account of await query.execute())
    await work(account.workspaceId, account.id).catch((error) =>
      runtime.log.warn({ err: error, accountId: account.id }, `${what} failed`),
    )
}
