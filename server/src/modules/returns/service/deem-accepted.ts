import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { planAccept } from '../workflow/plan-decision.js'
import { applyPlan } from './apply-plan.js'
import { queueCaseMail } from './case-mail-queue.js'
import { loadCaseState } from './case-state.js'
import { queueMarketplaceFollowUp } from './marketplace-follow-up.js'

/**
 * Records that an unanswered consumer complaint is accepted by law (art. 7a Ustawa o prawach
 * konsumenta; KC art. 561⁵ for contracts before 2023) with the remedy the buyer asked for.
 */
export async function deemComplaintAccepted(
  ctx: ServiceContext,
  caseId: string,
  now: Date,
): Promise<boolean> {
  const { record, state } = await loadCaseState(ctx, caseId, { forUpdate: true })
  if (state.kind !== 'complaint' || state.decision !== null || !state.evaluation.deemedAcceptedOn)
    return false
  const action = { type: 'accept' as const, remedy: state.requestedRemedy ?? undefined }
  let plan = planAccept(state, action)
  if (!plan.ok) {
    // No remedy was named: the complaint stands accepted and the remedy is settled with the buyer.
    plan = {
      ...plan,
      ok: true,
      errors: [],
      next: { ...plan.next, status: 'accepted', decision: 'accepted' },
    }
  }
  await applyPlan(ctx, record, action, plan, now)
  await ctx.trx
    .insertInto('returnCaseEvents')
    .values({
      workspaceId: ctx.workspaceId,
      caseId,
      action: 'deemed_accepted',
      actorType: 'system',
      detail: JSON.stringify({
        respondBy: state.evaluation.respondBy,
        remedy: plan.next.resolution,
      }),
      createdAt: now,
    })
    .execute()
  await recordEvent(ctx, {
    name: 'returns.case.deemedAccepted',
    entityType: 'return_case',
    entityId: caseId,
    changes: {
      decision: { from: null, to: 'accepted' },
      status: { from: state.status, to: 'accepted' },
    },
  })
  await queueCaseMail(ctx, caseId, 'accepted')
  await queueMarketplaceFollowUp(ctx, { caseId, state, action, refundId: null })
  return true
}
