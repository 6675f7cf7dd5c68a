import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { notFound } from '../../../platform/http/errors.js'
import type { CaseState } from '../workflow/case-state.js'

/** A case's row fields the services need beside the workflow state. */
export interface CaseRecord {
  id: string
  number: string
  version: number
  orderId: string | null
  customerId: string | null
  externalId: string | null
  respondBy: string | null
}

/** Loads a case as the workflow sees it (locking it with `forUpdate`), in a fixed number of queries. */
export async function loadCaseState(
  ctx: ServiceContext,
  caseId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ record: CaseRecord; state: CaseState }> {
  let query = ctx.trx
    .selectFrom('returnCases as c')
    .leftJoin('orders as o', 'o.id', 'c.orderId')
    .select([
      'c.id',
      'c.number',
      'c.version',
      'c.orderId',
      'c.customerId',
      'c.externalId',
      'c.respondBy',
      'c.kind',
      'c.status',
      'c.decision',
      'c.source',
      'c.buyerType',
      'c.currency',
      'c.evaluation',
      'c.deliveredOn',
      'c.requestedRemedy',
      'c.resolution',
      'c.refundDueMinor',
      'o.shippingMinor',
      sql<number>`(select coalesce(sum(quantity), 0)::int from order_items i where i.order_id = c.order_id)`.as(
        'orderQuantity',
      ),
      sql<number>`(select count(*)::int from return_case_files f where f.case_id = c.id)`.as(
        'files',
      ),
      sql<boolean>`exists (select 1 from return_case_files f where f.case_id = c.id and f.purpose = 'proof_of_sending')`.as(
        'proofOfSending',
      ),
      sql<string>`(select coalesce(sum(amount_minor) filter (where status = 'done'), 0)::text from return_refunds r where r.case_id = c.id)`.as(
        'refunded',
      ),
      sql<string>`(select coalesce(sum(amount_minor) filter (where status in ('pending','requested')), 0)::text from return_refunds r where r.case_id = c.id)`.as(
        'pending',
      ),
    ])
    .where('c.id', '=', caseId)
  if (options.forUpdate) query = query.forUpdate('c')
  const row = await query.executeTakeFirst()
  if (!row) throw notFound('The case')
  const items = await ctx.trx
    .selectFrom('returnCaseItems')
    .select([
      'id',
      'sku',
      'name',
      'quantity',
      'unitPriceMinor',
      'eligible',
      'exception',
      'receivedQuantity',
      'condition',
      'deductionMinor',
    ])
    .where('caseId', '=', caseId)
    .orderBy('position')
    .execute()
  const caseQuantity = items.reduce((sum, item) => sum + item.quantity, 0)
  return {
    record: {
      id: row.id,
      number: row.number,
      version: row.version,
      orderId: row.orderId,
      customerId: row.customerId,
      externalId: row.externalId,
      respondBy: row.respondBy,
    },
    state: {
      kind: row.kind,
      status: row.status,
      decision: row.decision,
      source: row.source,
      buyerType: row.buyerType,
      currency: row.currency,
      evaluation: row.evaluation,
      deliveredOn: row.deliveredOn,
      requestedRemedy: row.requestedRemedy,
      resolution: row.resolution,
      items: items.map((item) => ({
        ...item,
        unitPriceMinor: Number(item.unitPriceMinor),
        deductionMinor: Number(item.deductionMinor),
      })),
      orderShippingMinor: Number(row.shippingMinor ?? 0),
      coversWholeOrder: row.orderId !== null && caseQuantity >= row.orderQuantity,
      refundDueMinor: Number(row.refundDueMinor),
      refundedMinor: Number(row.refunded),
      pendingRefundMinor: Number(row.pending),
      evidenceFiles: row.files,
      proofOfSending: row.proofOfSending,
    },
  }
}
