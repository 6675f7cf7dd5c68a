import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'

/** An open case's clock as the inbox shows it beside a conversation. */
export interface ConversationCaseClock {
  conversationId: string
  caseId: string
  number: string
  kind: 'withdrawal' | 'complaint'
  status: string
  decision: 'accepted' | 'refused' | null
  /** Accepted by law because the answer deadline passed unanswered (art. 7a). */
  deemedAccepted: boolean
  respondBy: string | null
  refundBy: string | null
  deemedAcceptedOn: string | null
}

/** The open cases of these conversations with their deadlines, in one query. */
export async function caseClocksFor(
  ctx: ServiceContext,
  conversationIds: string[],
): Promise<ConversationCaseClock[]> {
  if (conversationIds.length === 0) return []
  const rows = await ctx.trx
    .selectFrom('returnCases')
    .select([
      'conversationId',
      'id as caseId',
      'number',
      'kind',
      'status',
      'decision',
      sql<boolean>`exists (select 1 from return_case_events e where e.case_id = return_cases.id and e.action = 'deemed_accepted')`.as(
        'deemedAccepted',
      ),
      'respondBy',
      'refundBy',
      'deemedAcceptedOn',
    ])
    .where('conversationId', 'in', conversationIds)
    .where('status', 'not in', ['refused', 'resolved'])
    .orderBy('requestedAt', 'desc')
    .execute()
  return rows.flatMap((row) =>
    row.conversationId ? [{ ...row, conversationId: row.conversationId }] : [],
  )
}

/** How many cases are open, and how many wait for an answer due within 3 days or already late. */
export async function caseCounts(ctx: ServiceContext, today: string) {
  const row = await sql<{ open: number; due: number; overdue: number }>`
    select
      count(*)::int as "open",
      count(*) filter (where decision is null and coalesce(respond_by, refund_by) <= ${today}::date + 3)::int as "due",
      count(*) filter (where decision is null and respond_by < ${today}::date)::int as "overdue"
    from return_cases where status not in ('refused','resolved')`.execute(ctx.trx)
  return row.rows[0] ?? { open: 0, due: 0, overdue: 0 }
}
