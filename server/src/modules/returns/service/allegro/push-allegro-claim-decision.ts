import { systemActor } from '../../../../platform/context.js'
import type { Runtime } from '../../../../platform/runtime.js'
import { withAllegroClient } from '../../../channels/index.js'
import { allegroClaimDecision } from '../../sources/allegro/allegro-claim-decision.js'
import { decideClaim, getIssue } from '../../sources/allegro/allegro-issues-api.js'
import { announceCaseChange } from '../case-signal.js'

/**
 * Records the seller's decision on an Allegro claim, so Allegro does not count the 14 days as
 * silence (art. 7a); disputes have no formal decision and are left alone. Safe to repeat: a claim
 * already decided is not decided again.
 */
export async function pushAllegroClaimDecision(
  runtime: Runtime,
  workspaceId: string,
  caseId: string,
): Promise<void> {
  const scope = { workspaceId, actor: systemActor('Allegro claims') }
  const found = await runtime.inWorkspace(scope, (ctx) =>
    ctx.trx
      .selectFrom('returnCases as c')
      .innerJoin('orders as o', 'o.id', 'c.orderId')
      .select([
        'c.externalId',
        'c.decision',
        'c.resolution',
        'c.refusalGrounds',
        'c.refusalJustification',
        'c.refundDueMinor',
        'c.currency',
        'o.channelAccountId',
      ])
      .where('c.id', '=', caseId)
      .where('c.source', '=', 'allegro_issue')
      .executeTakeFirst(),
  )
  if (!found?.externalId || !found.decision || !found.channelAccountId) return
  const decision = allegroClaimDecision({
    decision: found.decision,
    resolution: found.resolution,
    refusalGrounds: found.refusalGrounds,
    justification: found.refusalJustification,
    refundDueMinor: Number(found.refundDueMinor),
    currency: found.currency,
  })
  if (!decision) return
  const issueId = found.externalId
  const status = await withAllegroClient(runtime, scope, found.channelAccountId, async (client) => {
    const issue = await getIssue(client, issueId)
    if (issue.type !== 'CLAIM' || issue.currentState.status !== 'CLAIM_SUBMITTED')
      return issue.currentState.status
    await decideClaim(client, issueId, decision)
    return (await getIssue(client, issueId)).currentState.status
  })
  await runtime.inWorkspace(scope, async (ctx) => {
    // A repeated run (another worker, a retry) finds the status recorded and adds nothing.
    const changed = await ctx.trx
      .updateTable('returnCases')
      .set({ marketplaceStatus: status })
      .where('id', '=', caseId)
      .where((eb) =>
        eb.or([eb('marketplaceStatus', 'is', null), eb('marketplaceStatus', '!=', status)]),
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
        detail: JSON.stringify({ to: status, decision: decision.status }),
      })
      .execute()
    await announceCaseChange(ctx, caseId)
  })
}
