import type { ServiceContext } from '../../../platform/context.js'
import { notFound } from '../../../platform/http/errors.js'

/** The order's return and complaint cases (or the one asked for) with items and timeline, in three queries. */
export async function loadCaseEvidence(ctx: ServiceContext, orderId: string, caseId?: string) {
  let query = ctx.trx
    .selectFrom('returnCases')
    .select([
      'id',
      'number',
      'kind',
      'status',
      'source',
      'externalId',
      'conversationId',
      'reasonCode',
      'description',
      'requestedRemedy',
      'requestedAt',
      'requestedOn',
      'deliveredOn',
      'deadline',
      'respondBy',
      'refundBy',
      'returnGoodsBy',
      'deemedAcceptedOn',
      'decision',
      'decidedAt',
      'resolution',
      'refusalGrounds',
      'refusalJustification',
      'currency',
      'refundDueMinor',
      'refundedMinor',
    ])
    .where('orderId', '=', orderId)
    .orderBy('requestedAt')
  if (caseId) query = query.where('id', '=', caseId)
  const cases = await query.execute()
  if (caseId && cases.length === 0) throw notFound('The case of this order')
  if (cases.length === 0) return []
  const ids = cases.map((c) => c.id)
  const items = await ctx.trx
    .selectFrom('returnCaseItems')
    .select(['caseId', 'sku', 'name', 'quantity', 'eligible', 'exception', 'condition'])
    .where('caseId', 'in', ids)
    .execute()
  const events = await ctx.trx
    .selectFrom('returnCaseEvents')
    .select(['caseId', 'action', 'actorType', 'note', 'createdAt'])
    .where('caseId', 'in', ids)
    .orderBy('createdAt')
    .execute()
  return cases.map((c) => ({
    ...c,
    refundDueMinor: Number(c.refundDueMinor),
    refundedMinor: Number(c.refundedMinor),
    items: items.filter((i) => i.caseId === c.id),
    events: events.filter((e) => e.caseId === c.id),
  }))
}
