import type { ServiceContext } from '../../../platform/context.js'
import type { CaseAction, CaseState } from '../workflow/case-state.js'

/** The job that asks Allegro to refund the buyer (and to refund the commission). */
export const PUSH_ALLEGRO_REFUND_QUEUE = 'returns.push-allegro-refund'
/** The job that records the seller's decision on an Allegro claim. */
export const PUSH_ALLEGRO_CLAIM_DECISION_QUEUE = 'returns.push-allegro-claim-decision'
/** The job that tells Allegro the seller rejected a customer return. */
export const PUSH_ALLEGRO_REJECTION_QUEUE = 'returns.push-allegro-rejection'

/** Queues what the marketplace must hear about an action, in the action's transaction. */
export async function queueMarketplaceFollowUp(
  ctx: ServiceContext,
  change: { caseId: string; state: CaseState; action: CaseAction; refundId: string | null },
): Promise<void> {
  const { state, action } = change
  if (action.type === 'refund' && action.method === 'marketplace' && change.refundId)
    await ctx.jobs.send(ctx, PUSH_ALLEGRO_REFUND_QUEUE, { refundId: change.refundId })
  if (action.type === 'refuse' && state.source === 'allegro_return')
    await ctx.jobs.send(ctx, PUSH_ALLEGRO_REJECTION_QUEUE, { caseId: change.caseId })
  if ((action.type === 'accept' || action.type === 'refuse') && state.source === 'allegro_issue')
    await ctx.jobs.send(ctx, PUSH_ALLEGRO_CLAIM_DECISION_QUEUE, { caseId: change.caseId })
}
