import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { badRequest } from '../../../platform/http/errors.js'
import type { ConversationStatus, Priority } from '../tables.js'
import { type ConversationItem, presentConversations } from './conversation-items.js'

/** The inbox's fixed views. */
export type InboxView = 'mine' | 'unassigned' | 'all' | 'sla_at_risk'

/** What an inbox list asks for. */
export interface ListFilter {
  view: InboxView
  status: ConversationStatus
  channelAccountId?: string
  tag?: string
  assigneeId?: string
  priority?: Priority
  cursor?: string
  limit: number
}

/** The position after a row in SLA order (due time, then number), opaque to clients. */
function encodeCursor(sort: Date, number: number): string {
  const time = Number.isFinite(sort.getTime()) ? sort.toISOString() : 'infinity'
  return Buffer.from(`${time}|${number}`).toString('base64url')
}

function decodeCursor(cursor: string): { sort: string; number: number } {
  const [sort, number] = Buffer.from(cursor, 'base64url').toString().split('|')
  if (
    !sort ||
    !number ||
    !/^\d+$/.test(number) ||
    (sort !== 'infinity' && Number.isNaN(Date.parse(sort)))
  )
    throw badRequest('invalid_cursor', 'The cursor is not one this list gave out.')
  return { sort, number: Number(number) }
}

/**
 * One page of a view, ordered by SLA due time (open conversations; recency for other statuses),
 * keyset-paginated, loaded with its related data in a fixed number of queries.
 */
export async function listConversations(
  ctx: ServiceContext,
  userId: string | null,
  filter: ListFilter,
): Promise<{ items: ConversationItem[]; nextCursor: string | null }> {
  const bySla = filter.status === 'open'
  let query = ctx.trx
    .selectFrom('conversations')
    .selectAll()
    .where('status', '=', filter.status)
    .where('mergedIntoId', 'is', null)
  if (filter.view === 'mine') query = query.where('assigneeId', '=', userId ?? '')
  if (filter.view === 'unassigned') query = query.where('assigneeId', 'is', null)
  if (filter.view === 'sla_at_risk') query = query.where('slaState', 'in', ['at_risk', 'breached'])
  if (filter.channelAccountId) query = query.where('channelAccountId', '=', filter.channelAccountId)
  if (filter.assigneeId) query = query.where('assigneeId', '=', filter.assigneeId)
  if (filter.priority) query = query.where('priority', '=', filter.priority)
  if (filter.tag) {
    const tag = filter.tag
    // The tag's id as a scalar subquery: the planner then walks the open queue in SLA order and
    // probes (tag, conversation) per row, instead of fetching every conversation ever tagged.
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('conversationTags')
          .select(sql`1`.as('one'))
          .whereRef('conversationTags.conversationId', '=', 'conversations.id')
          .where('conversationTags.tagId', '=', (sub) =>
            sub.selectFrom('tags').select('tags.id').where('tags.name', '=', tag),
          ),
      ),
    )
  }
  if (filter.cursor) {
    const { sort, number } = decodeCursor(filter.cursor)
    query = bySla
      ? query.where(sql<boolean>`(sla_sort, number) > (${sort}::timestamptz, ${number})`)
      : query.where(sql<boolean>`(last_message_at, number) < (${sort}::timestamptz, ${number})`)
  }
  query = bySla
    ? query.orderBy('slaSort').orderBy('number')
    : query.orderBy('lastMessageAt', 'desc').orderBy('number', 'desc')
  const rows = await query.limit(filter.limit + 1).execute()
  const page = rows.slice(0, filter.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > filter.limit && last
      ? encodeCursor(new Date(bySla ? last.slaSort : last.lastMessageAt), last.number)
      : null
  return { items: await presentConversations(ctx, page), nextCursor }
}

/** Open conversations per view, per status and per channel account, in three queries. */
export async function conversationCounts(ctx: ServiceContext, userId: string | null) {
  const views = await ctx.trx
    .selectFrom('conversations')
    .select([
      sql<number>`count(*)::int`.as('all'),
      sql<number>`count(*) filter (where assignee_id = ${userId}::uuid)::int`.as('mine'),
      sql<number>`count(*) filter (where assignee_id is null)::int`.as('unassigned'),
      sql<number>`count(*) filter (where sla_state in ('at_risk', 'breached'))::int`.as('atRisk'),
    ])
    .where('status', '=', 'open')
    .where('mergedIntoId', 'is', null)
    .executeTakeFirstOrThrow()
  const statuses = await ctx.trx
    .selectFrom('conversations')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .where('status', 'in', ['open', 'pending', 'snoozed'])
    .groupBy('status')
    .execute()
  const channels = await ctx.trx
    .selectFrom('conversations')
    .select(['channelAccountId', sql<number>`count(*)::int`.as('n')])
    .where('status', '=', 'open')
    .groupBy('channelAccountId')
    .execute()
  const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]))
  return {
    views: {
      all: views.all,
      mine: views.mine,
      unassigned: views.unassigned,
      sla_at_risk: views.atRisk,
    },
    statuses: {
      open: byStatus.open ?? 0,
      pending: byStatus.pending ?? 0,
      snoozed: byStatus.snoozed ?? 0,
      // Counting every resolved conversation would scan the archive; the inbox does not need it.
      resolved: null,
    },
    channels: Object.fromEntries(channels.map((c) => [c.channelAccountId, c.n])),
  }
}
