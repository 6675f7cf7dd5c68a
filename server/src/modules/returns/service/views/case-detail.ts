import type { ServiceContext } from '../../../../platform/context.js'
import { notFound } from '../../../../platform/http/errors.js'
import type { CaseEvaluation } from '../../rules/types.js'
import { isDeemedAccepted } from '../../workflow/plan-decision.js'
import { allowedRefusalGrounds } from '../../workflow/refusal-grounds.js'
import { loadCaseState } from '../case-state.js'

/** Everything the case page shows, loaded in a fixed number of queries. */
export async function caseDetail(ctx: ServiceContext, caseId: string, today: string) {
  const row = await ctx.trx
    .selectFrom('returnCases as c')
    .leftJoin('orders as o', 'o.id', 'c.orderId')
    .leftJoin('customers as cu', 'cu.id', 'c.customerId')
    .leftJoin('conversations as cv', 'cv.id', 'c.conversationId')
    .selectAll('c')
    .select([
      'o.number as orderNumber',
      'o.marketplace',
      'o.placedAt as orderPlacedAt',
      'o.totalMinor as orderTotalMinor',
      'o.shippingMinor as orderShippingMinor',
      'cu.name as customerName',
      'cv.subject as conversationSubject',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst()
  if (!row) throw notFound('The case')
  const { state } = await loadCaseState(ctx, caseId)
  const [events, files, refunds] = await Promise.all([
    ctx.trx
      .selectFrom('returnCaseEvents as e')
      .leftJoin('users as u', 'u.id', 'e.actorId')
      .select([
        'e.id',
        'e.action',
        'e.actorType',
        'e.note',
        'e.detail',
        'e.createdAt',
        'u.name as actorName',
      ])
      .where('e.caseId', '=', caseId)
      .orderBy('e.createdAt')
      .orderBy('e.id')
      .execute(),
    ctx.trx
      .selectFrom('returnCaseFiles')
      .select(['id', 'fileName', 'contentType', 'size', 'uploadedBy', 'purpose', 'createdAt'])
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute(),
    ctx.trx
      .selectFrom('returnRefunds')
      .select([
        'id',
        'amountMinor',
        'currency',
        'method',
        'dueOn',
        'status',
        'externalId',
        'commissionClaimId',
        'commissionStatus',
        'error',
        'createdAt',
        'doneAt',
      ])
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute(),
  ])
  const { portalToken, evaluation, ...rest } = row
  return {
    ...rest,
    evaluation: evaluation as CaseEvaluation,
    portalPath: `/r/${portalToken}`,
    refundDueMinor: Number(row.refundDueMinor),
    refundedMinor: Number(row.refundedMinor),
    orderTotalMinor: row.orderTotalMinor === null ? null : Number(row.orderTotalMinor),
    orderShippingMinor: row.orderShippingMinor === null ? null : Number(row.orderShippingMinor),
    items: state.items,
    events,
    files,
    refunds: refunds.map((refund) => ({ ...refund, amountMinor: Number(refund.amountMinor) })),
    refusalGrounds: row.refusalGrounds,
    availableGrounds: allowedRefusalGrounds(state),
    deemedAccepted: isDeemedAccepted(state, today),
    remainingRefundMinor: Math.max(
      0,
      state.refundDueMinor - state.refundedMinor - state.pendingRefundMinor,
    ),
    coversWholeOrder: state.coversWholeOrder,
    today,
  }
}

/** The case page's data. */
export type CaseDetail = Awaited<ReturnType<typeof caseDetail>>
