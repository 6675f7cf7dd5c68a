import type { ServiceContext } from '../../../platform/context.js'
import type { ActionPlan, CaseAction } from '../workflow/case-state.js'
import type { CaseRecord } from './case-state.js'

/** Writes a plan's changes to the case, its items and its refunds; returns the new refund's id, if any. */
export async function applyPlan(
  ctx: ServiceContext,
  record: CaseRecord,
  action: CaseAction,
  plan: ActionPlan,
  now: Date,
): Promise<{ refundId: string | null }> {
  const decided = action.type === 'accept' || action.type === 'refuse'
  const actorId = ctx.actor.type === 'user' ? ctx.actor.id : null
  await ctx.trx
    .updateTable('returnCases')
    .set({
      status: plan.next.status,
      decision: plan.next.decision,
      resolution: plan.next.resolution,
      refundDueMinor: plan.next.refundDueMinor,
      ...(decided ? { decidedAt: now, decidedBy: actorId } : {}),
      ...(plan.next.refusalGrounds ? { refusalGrounds: plan.next.refusalGrounds } : {}),
      ...(plan.next.refusalJustification !== undefined
        ? { refusalJustification: plan.next.refusalJustification }
        : {}),
      version: record.version + 1,
      updatedAt: now,
    })
    .where('id', '=', record.id)
    .execute()
  for (const update of plan.itemUpdates) {
    const { id, ...values } = update
    await ctx.trx.updateTable('returnCaseItems').set(values).where('id', '=', id).execute()
  }
  if (action.type !== 'refund' || !plan.refund?.method) return { refundId: null }
  const paid = plan.refund.paid === true
  const refund = await ctx.trx
    .insertInto('returnRefunds')
    .values({
      workspaceId: ctx.workspaceId,
      caseId: record.id,
      amountMinor: plan.refund.totalMinor,
      itemsMinor: plan.refund.itemsMinor,
      shippingMinor: plan.refund.shippingMinor,
      currency: plan.refund.currency,
      method: plan.refund.method,
      dueOn: plan.refund.dueOn,
      status: plan.refund.method === 'marketplace' ? 'requested' : paid ? 'done' : 'pending',
      createdBy: actorId,
      createdAt: now,
      doneAt: paid ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (paid)
    await ctx.trx
      .updateTable('returnCases')
      .set((eb) => ({ refundedMinor: eb('refundedMinor', '+', plan.refund?.totalMinor ?? 0) }))
      .where('id', '=', record.id)
      .execute()
  return { refundId: refund.id }
}
