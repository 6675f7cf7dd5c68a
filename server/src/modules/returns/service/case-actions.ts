import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { AppError, conflict, notFound } from '../../../platform/http/errors.js'
import type { ActionPlan, CaseAction, CaseState } from '../workflow/case-state.js'
import { planCaseAction } from '../workflow/plan-case-action.js'
import { planRefundDone } from '../workflow/plan-resolution.js'
import { applyPlan } from './apply-plan.js'
import { queueCaseMail } from './case-mail-queue.js'
import { announceCaseChange } from './case-signal.js'
import { loadCaseState } from './case-state.js'
import { refreshComplaintSignals } from './complaint-signals.js'
import { queueMarketplaceFollowUp } from './marketplace-follow-up.js'
import { workspaceToday } from './workspace-today.js'

/** Domain event names per action (`returns.case.<past tense>`). */
const EVENT_NAMES: Record<CaseAction['type'], string> = {
  request_item: 'returns.case.itemRequested',
  receive: 'returns.case.goodsReceived',
  inspect: 'returns.case.inspected',
  accept: 'returns.case.accepted',
  refuse: 'returns.case.refused',
  refund: 'returns.case.refunded',
  mark_refund_done: 'returns.case.refundConfirmed',
  replacement: 'returns.case.replacementSent',
  repair: 'returns.case.repaired',
}

/** What an action would do to the case now, committing nothing: the draft's preview. */
export async function previewCaseAction(
  ctx: ServiceContext,
  caseId: string,
  action: CaseAction,
  now = new Date(),
): Promise<ActionPlan & { version: number }> {
  const { record, state } = await loadCaseState(ctx, caseId)
  const today = await workspaceToday(ctx, now)
  return { ...(await planFor(ctx, caseId, state, action, today)), version: record.version }
}

/**
 * Applies an action as previewed: re-plans it under the case's lock, refuses it when the case
 * changed since the preview (`expectedVersion`), and writes the change, the timeline entry, the
 * domain event, the buyer's e-mail and any marketplace call in one transaction.
 */
export async function confirmCaseAction(
  ctx: ServiceContext,
  caseId: string,
  action: CaseAction,
  expectedVersion?: number,
  now = new Date(),
): Promise<ActionPlan & { version: number }> {
  const { record, state } = await loadCaseState(ctx, caseId, { forUpdate: true })
  if (expectedVersion !== undefined && expectedVersion !== record.version)
    throw conflict(
      'case_changed',
      'The case changed since your preview: look at it again before confirming.',
    )
  const today = await workspaceToday(ctx, now)
  const plan = await planFor(ctx, caseId, state, action, today)
  if (!plan.ok)
    throw new AppError(422, 'action_not_allowed', plan.errors.map((e) => e.message).join(' '), {
      errors: plan.errors,
    })
  const { refundId } = await applyPlan(ctx, record, action, plan, now)
  if (action.type === 'mark_refund_done') await markRefundDone(ctx, caseId, action.refundId, now)
  await ctx.trx
    .insertInto('returnCaseEvents')
    .values({
      workspaceId: ctx.workspaceId,
      caseId,
      action: action.type,
      actorType: ctx.actor.type === 'user' ? 'agent' : 'system',
      actorId: ctx.actor.type === 'user' ? ctx.actor.id : null,
      note: action.note?.trim() || null,
      detail: JSON.stringify(eventDetail(action, plan)),
      createdAt: now,
    })
    .execute()
  await recordEvent(ctx, {
    name: EVENT_NAMES[action.type],
    entityType: 'return_case',
    entityId: caseId,
    changes: {
      status: { from: state.status, to: plan.next.status },
      ...(plan.next.decision !== state.decision
        ? { decision: { from: state.decision, to: plan.next.decision } }
        : {}),
      ...(plan.refund && action.type === 'refund'
        ? { refund: { from: null, to: plan.refund.totalMinor } }
        : {}),
    },
  })
  if (plan.mail) await queueCaseMail(ctx, caseId, plan.mail, refundId ?? action.type)
  await queueMarketplaceFollowUp(ctx, { caseId, state, action, refundId })
  if (state.kind === 'complaint' && record.customerId && plan.next.status !== state.status)
    await refreshComplaintSignals(ctx, [record.customerId], now)
  await announceCaseChange(ctx, caseId)
  return { ...plan, version: record.version + 1 }
}

async function planFor(
  ctx: ServiceContext,
  caseId: string,
  state: CaseState,
  action: CaseAction,
  today: string,
): Promise<ActionPlan> {
  if (action.type !== 'mark_refund_done') return planCaseAction(state, action, today)
  const refund = await ctx.trx
    .selectFrom('returnRefunds')
    .select(['amountMinor', 'status'])
    .where('id', '=', action.refundId)
    .where('caseId', '=', caseId)
    .executeTakeFirst()
  if (!refund) throw notFound('The refund')
  if (refund.status !== 'pending' && refund.status !== 'failed')
    return {
      ...planRefundDone(state, 0),
      ok: false,
      errors: [
        { code: 'refund_not_pending', message: `The refund is ${refund.status}, not pending.` },
      ],
    }
  return planRefundDone(state, Number(refund.amountMinor))
}

async function markRefundDone(ctx: ServiceContext, caseId: string, refundId: string, now: Date) {
  const refund = await ctx.trx
    .updateTable('returnRefunds')
    .set({ status: 'done', doneAt: now, error: null })
    .where('id', '=', refundId)
    .returning('amountMinor')
    .executeTakeFirstOrThrow()
  await ctx.trx
    .updateTable('returnCases')
    .set((eb) => ({ refundedMinor: eb('refundedMinor', '+', Number(refund.amountMinor)) }))
    .where('id', '=', caseId)
    .execute()
}

function eventDetail(action: CaseAction, plan: ActionPlan): Record<string, unknown> {
  const { note: _note, ...rest } = action
  return { ...rest, refund: plan.refund, warnings: plan.warnings.map((w) => w.code) }
}
