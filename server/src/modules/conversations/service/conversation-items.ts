import type { Selectable } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { customerSummaries } from '../../customers/index.js'
import { memberSummaries } from '../../identity/index.js'
import type { ConversationTables } from '../tables.js'

type Row = Selectable<ConversationTables['conversations']>

/** A conversation as lists and the detail view show it. */
export interface ConversationItem {
  id: string
  number: number
  subject: string | null
  preview: string
  status: string
  snoozedUntil: string | null
  priority: string
  channel: { id: string; kind: string; name: string }
  customer: { id: string; name: string | null; email: string | null } | null
  assignee: { id: string; name: string } | null
  team: { id: string; name: string } | null
  tags: { id: string; name: string; color: string }[]
  orderNumber: string | null
  waitingSince: string | null
  firstReplyAt: string | null
  lastMessageAt: string
  messageCount: number
  sla: {
    state: string
    dueAt: string | null
    atRiskAt: string | null
    firstResponseDueAt: string | null
    nextResponseDueAt: string | null
  }
  mergedIntoId: string | null
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/** Presents conversation rows with their channel, customer, assignee, team and tags in five queries. */
export async function presentConversations(
  ctx: ServiceContext,
  rows: Row[],
): Promise<ConversationItem[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [accounts, customers, members, teams, tags] = await Promise.all([
    ctx.trx
      .selectFrom('channelAccounts')
      .select(['id', 'kind', 'name'])
      .where('id', 'in', [...new Set(rows.map((r) => r.channelAccountId))])
      .execute(),
    customerSummaries(
      ctx,
      rows.flatMap((r) => (r.customerId ? [r.customerId] : [])),
    ),
    memberSummaries(
      ctx,
      rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])),
    ),
    ctx.trx
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('id', 'in', [
        ...new Set(rows.map((r) => r.teamId ?? '00000000-0000-0000-0000-000000000000')),
      ])
      .execute(),
    ctx.trx
      .selectFrom('conversationTags')
      .innerJoin('tags', 'tags.id', 'conversationTags.tagId')
      .select(['conversationTags.conversationId', 'tags.id', 'tags.name', 'tags.color'])
      .where('conversationTags.conversationId', 'in', ids)
      .orderBy('tags.name')
      .execute(),
  ])
  const accountOf = new Map(accounts.map((a) => [a.id, a]))
  const memberOf = new Map(members.map((m) => [m.id, m]))
  const teamOf = new Map(teams.map((t) => [t.id, t]))
  return rows.map((r) => {
    const customer = r.customerId ? customers.get(r.customerId) : undefined
    const assignee = r.assigneeId ? memberOf.get(r.assigneeId) : undefined
    const team = r.teamId ? teamOf.get(r.teamId) : undefined
    const account = accountOf.get(r.channelAccountId)
    return {
      id: r.id,
      number: r.number,
      subject: r.subject,
      preview: r.preview,
      status: r.status,
      snoozedUntil: iso(r.snoozedUntil),
      priority: r.priority,
      channel: {
        id: r.channelAccountId,
        kind: account?.kind ?? r.channelKind,
        name: account?.name ?? '',
      },
      customer: customer ? { id: customer.id, name: customer.name, email: customer.email } : null,
      assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
      team: team ? { id: team.id, name: team.name } : null,
      tags: tags
        .filter((t) => t.conversationId === r.id)
        .map((t) => ({ id: t.id, name: t.name, color: t.color })),
      orderNumber: r.orderNumber,
      waitingSince: iso(r.waitingSince),
      firstReplyAt: iso(r.firstReplyAt),
      lastMessageAt: iso(r.lastMessageAt) as string,
      messageCount: r.messageCount,
      sla: {
        state: r.slaState,
        dueAt: iso(r.slaDueAt),
        atRiskAt: iso(r.slaAtRiskAt),
        firstResponseDueAt: iso(r.firstResponseDueAt),
        nextResponseDueAt: iso(r.nextResponseDueAt),
      },
      mergedIntoId: r.mergedIntoId,
    }
  })
}

export type { Row as ConversationRow }
