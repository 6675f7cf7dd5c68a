import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { diffFields, recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import { memberSummaries } from '../../identity/index.js'
import { slaState } from '../rules/sla-due.js'
import type { ConversationStatus, Priority } from '../tables.js'
import { loadConversation } from './load-conversation.js'

/** What an agent may change on a conversation. */
export interface ConversationChange {
  status?: ConversationStatus
  snoozedUntil?: string | null
  priority?: Priority
  assigneeId?: string | null
  teamId?: string | null
}

/** Applies an agent's change (status, snooze, priority, assignee, team) and records what changed. */
export async function updateConversation(
  ctx: ServiceContext,
  id: string,
  change: ConversationChange,
  now = new Date(),
): Promise<void> {
  const before = await loadConversation(ctx, id, { lock: true })
  const next: Record<string, unknown> = {}
  if (change.priority) next.priority = change.priority
  if (change.assigneeId !== undefined) {
    if (change.assigneeId && (await memberSummaries(ctx, [change.assigneeId])).length === 0)
      throw badRequest('unknown_assignee', 'The assignee is not a member of this workspace.')
    next.assigneeId = change.assigneeId
  }
  if (change.teamId !== undefined) {
    if (change.teamId) {
      const team = await ctx.trx
        .selectFrom('teams')
        .select('id')
        .where('id', '=', change.teamId)
        .executeTakeFirst()
      if (!team) throw badRequest('unknown_team', 'The team does not exist in this workspace.')
    }
    next.teamId = change.teamId
  }
  const status = change.status ?? (change.snoozedUntil ? 'snoozed' : undefined)
  if (status) {
    next.status = status
    if (status === 'snoozed') {
      const until = change.snoozedUntil ? new Date(change.snoozedUntil) : null
      if (!until || Number.isNaN(until.getTime()) || until <= now)
        throw badRequest('invalid_snooze', 'Snoozing needs a time in the future (snoozedUntil).')
      next.snoozedUntil = until
    } else next.snoozedUntil = null
    next.resolvedAt = status === 'resolved' ? now : null
    // Only open conversations run SLA clocks; reopening resumes the stored due times.
    next.slaState =
      status === 'open'
        ? slaState(now, { dueAt: before.slaDueAt, atRiskAt: before.slaAtRiskAt })
        : 'none'
    if (status !== 'open') next.slaSort = sql`'infinity'::timestamptz`
    else next.slaSort = before.slaDueAt ?? sql`'infinity'::timestamptz`
  }
  const changes = diffFields(
    before as unknown as Record<string, unknown>,
    {
      status: next.status,
      priority: next.priority,
      assigneeId: next.assigneeId,
      teamId: next.teamId,
      snoozedUntil: change.snoozedUntil ? (next.snoozedUntil as Date).toISOString() : undefined,
    } as Record<string, unknown>,
  )
  if (Object.keys(changes).length === 0) return
  await ctx.trx
    .updateTable('conversations')
    .set({ ...next, updatedAt: now })
    .where('id', '=', id)
    .execute()
  await recordEvent(ctx, {
    name: changes.assigneeId
      ? 'conversations.conversation.assigned'
      : 'conversations.conversation.updated',
    entityType: 'conversation',
    entityId: id,
    changes,
  })
}
