import type { ServiceContext } from '../../../platform/context.js'

/** Seconds after the last heartbeat when an agent no longer counts as online. */
export const ONLINE_WINDOW_SECONDS = 90

/** Records that an agent has the app open (the live stream beats every 30 s). */
export async function touchAgentPresence(ctx: ServiceContext, userId: string): Promise<void> {
  await ctx.trx
    .insertInto('agentCapacity')
    .values({ workspaceId: ctx.workspaceId, userId, capacity: null, lastSeenAt: new Date() })
    .onConflict((oc) =>
      oc.columns(['workspaceId', 'userId']).doUpdateSet({ lastSeenAt: new Date() }),
    )
    .execute()
}

/** How many available agents of the workspace are online now (the widget offers live chat if any). */
export async function agentsOnline(ctx: ServiceContext): Promise<number> {
  const since = new Date(Date.now() - ONLINE_WINDOW_SECONDS * 1000)
  const row = await ctx.trx
    .selectFrom('agentCapacity')
    .select((eb) => eb.fn.countAll<number>().as('online'))
    .where('available', '=', true)
    .where('lastSeenAt', '>', since)
    .executeTakeFirst()
  return Number(row?.online ?? 0)
}
