import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import type { CaseKind } from '../../rules/types.js'
import type { CaseSource, CaseStatus } from '../../tables.js'

/** Which cases a list shows. */
export interface CaseListFilter {
  /** open: undecided or accepted but not resolved; due: undecided with an answer deadline within 3 days or past; closed: refused or resolved. */
  view?: 'open' | 'due' | 'closed' | 'all'
  kind?: CaseKind
  source?: CaseSource
  q?: string
  orderId?: string
  conversationId?: string
  customerId?: string
  limit?: number
  offset?: number
}

/** One row of the cases list. */
export interface CaseListItem {
  id: string
  number: string
  kind: CaseKind
  status: CaseStatus
  source: CaseSource
  decision: 'accepted' | 'refused' | null
  buyerName: string | null
  orderId: string | null
  orderNumber: string | null
  marketplace: string | null
  conversationId: string | null
  reasonCode: string
  requestedAt: Date
  deadline: string | null
  respondBy: string | null
  refundBy: string | null
  deemedAcceptedOn: string | null
  currency: string
  refundDueMinor: number
  refundedMinor: number
  itemCount: number
  itemNames: string
  assigneeId: string | null
  evaluationDecision: 'accept' | 'refuse'
}

/** Cases, most urgent first (nearest answer or refund deadline), in one query; `today` is the workspace's date. */
export async function listCases(
  ctx: ServiceContext,
  filter: CaseListFilter,
  today: string,
): Promise<{ items: CaseListItem[]; total: number }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200)
  let query = ctx.trx
    .selectFrom('returnCases as c')
    .leftJoin('orders as o', 'o.id', 'c.orderId')
    .select([
      'c.id',
      'c.number',
      'c.kind',
      'c.status',
      'c.source',
      'c.decision',
      'c.buyerName',
      'c.orderId',
      'o.number as orderNumber',
      'o.marketplace',
      'c.conversationId',
      'c.reasonCode',
      'c.requestedAt',
      'c.deadline',
      'c.respondBy',
      'c.refundBy',
      'c.deemedAcceptedOn',
      'c.currency',
      'c.refundDueMinor',
      'c.refundedMinor',
      'c.assigneeId',
      sql<'accept' | 'refuse'>`c.evaluation->>'decision'`.as('evaluationDecision'),
      sql<number>`(select coalesce(sum(quantity), 0)::int from return_case_items i where i.case_id = c.id)`.as(
        'itemCount',
      ),
      sql<string>`(select string_agg(name, ', ' order by name) from return_case_items i where i.case_id = c.id)`.as(
        'itemNames',
      ),
      sql<number>`count(*) over ()`.as('total'),
    ])
  const view = filter.view ?? 'open'
  if (view === 'open')
    query = query.where((eb) =>
      eb.or([
        eb('c.decision', 'is', null),
        eb.and([eb('c.decision', '=', 'accepted'), eb('c.status', '!=', 'resolved')]),
      ]),
    )
  if (view === 'due')
    query = query
      .where('c.decision', 'is', null)
      .where(sql<boolean>`coalesce(c.respond_by, c.refund_by) <= ${today}::date + 3`)
  if (view === 'closed') query = query.where('c.status', 'in', ['refused', 'resolved'])
  if (filter.kind) query = query.where('c.kind', '=', filter.kind)
  if (filter.source) query = query.where('c.source', '=', filter.source)
  if (filter.orderId) query = query.where('c.orderId', '=', filter.orderId)
  if (filter.conversationId) query = query.where('c.conversationId', '=', filter.conversationId)
  if (filter.customerId) query = query.where('c.customerId', '=', filter.customerId)
  const q = filter.q?.trim()
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`
    query = query.where((eb) =>
      eb.or([
        eb('c.number', 'ilike', like),
        eb('c.buyerName', 'ilike', like),
        eb('c.buyerEmail', 'ilike', like),
        eb('o.number', 'ilike', like),
      ]),
    )
  }
  const rows = await query
    .orderBy(
      sql`case when c.decision is null then coalesce(c.respond_by, c.refund_by, c.deadline) end`,
      (ob) => ob.asc().nullsLast(),
    )
    .orderBy('c.requestedAt', 'desc')
    .limit(limit)
    .offset(Math.max(filter.offset ?? 0, 0))
    .execute()
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    items: rows.map(({ total: _total, ...row }) => ({
      ...row,
      refundDueMinor: Number(row.refundDueMinor),
      refundedMinor: Number(row.refundedMinor),
    })),
  }
}
