import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { withAllegroClient } from '../../../channels/index.js'
import { rejectCustomerReturn } from '../../sources/allegro/allegro-returns-api.js'
import { announceCaseChange } from '../case-signal.js'

/** Tells Allegro the seller rejected a customer return (REFUND_REJECTED with the justification); safe to repeat. */
export async function pushAllegroRejection(
  runtime: Runtime,
  workspaceId: string,
  caseId: string,
): Promise<void> {
  const scope = { workspaceId, actor: systemActor('Allegro returns') }
  const found = await runtime.inWorkspace(scope, (ctx) =>
    ctx.trx
      .selectFrom('returnCases as c')
      .innerJoin('orders as o', 'o.id', 'c.orderId')
      .select(['c.externalId', 'c.decision', 'c.refusalJustification', 'o.channelAccountId'])
      .where('c.id', '=', caseId)
      .where('c.source', '=', 'allegro_return')
      .executeTakeFirst(),
  )
  if (!found?.externalId || found.decision !== 'refused' || !found.channelAccountId) return
  const externalId = found.externalId
  const rejected = await withAllegroClient(runtime, scope, found.channelAccountId, (client) =>
    rejectCustomerReturn(client, externalId, {
      code: 'REFUND_REJECTED',
      reason: (found.refusalJustification ?? '').slice(0, 1000),
    }),
  )
  await runtime.inWorkspace(scope, async (ctx) => {
    // A repeated run (another worker, a retry) finds the status recorded and adds nothing.
    const changed = await ctx.trx
      .updateTable('returnCases')
      .set({ marketplaceStatus: rejected.status })
      .where('id', '=', caseId)
      .where((eb) =>
        eb.or([
          eb('marketplaceStatus', 'is', null),
          eb('marketplaceStatus', '!=', rejected.status),
        ]),
      )
      .returning('id')
      .executeTakeFirst()
    if (!changed) return
    await ctx.trx
      .insertInto('returnCaseEvents')
      .values({
        workspaceId,
        caseId,
        action: 'marketplace_update',
        actorType: 'marketplace',
        detail: JSON.stringify({ to: rejected.status, rejection: 'REFUND_REJECTED' }),
      })
      .execute()
    await announceCaseChange(ctx, caseId)
  })
}
