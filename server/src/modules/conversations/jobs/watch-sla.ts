import { sql } from 'kysely'
import { systemActor } from '../../../platform/context.js'
import { recordEvents } from '../../../platform/events/record-events.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'

/** Every minute: flags SLA clocks at risk or breached (recording each breach) and wakes snoozes. */
export function watchSlaJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'conversations.watch-sla',
    cron: '* * * * *',
    retryLimit: 0,
    async handle() {
      await advanceSlaClocks(runtime)
    },
  }
}

/** Moves every due clock forward as of `now`; returns how many conversations changed. */
export async function advanceSlaClocks(
  runtime: Runtime,
  now = new Date(),
  only?: { workspaceId: string },
): Promise<number> {
  let query = runtime.database.db
    .selectFrom('conversations')
    .select(['workspaceId'])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('status', '=', 'open'),
          eb('slaState', 'in', ['ok', 'at_risk']),
          eb('slaAtRiskAt', '<=', now),
        ]),
        eb.and([eb('status', '=', 'snoozed'), eb('snoozedUntil', '<=', now)]),
      ]),
    )
    .distinct()
  if (only) query = query.where('workspaceId', '=', only.workspaceId)
  const due = await query.execute()
  let changed = 0
  for (const { workspaceId } of due)
    changed += await runtime.inWorkspace(
      { workspaceId, actor: systemActor('SLA clock') },
      async (ctx) => {
        const woken = await ctx.trx
          .updateTable('conversations')
          .set({
            status: 'open',
            snoozedUntil: null,
            updatedAt: now,
            slaState: sql`case when sla_due_at is null then 'none' else 'ok' end`,
          })
          .where('status', '=', 'snoozed')
          .where('snoozedUntil', '<=', now)
          .returning('id')
          .execute()
        const breached = await ctx.trx
          .updateTable('conversations')
          .set({ slaState: 'breached' })
          .where('status', '=', 'open')
          .where('slaState', 'in', ['ok', 'at_risk'])
          .where('slaDueAt', '<=', now)
          .returning([
            'id',
            'channelAccountId',
            'assigneeId',
            'slaDueAt',
            'firstReplyAt',
            'firstResponseDueAt',
          ])
          .execute()
        const atRisk = await ctx.trx
          .updateTable('conversations')
          .set({ slaState: 'at_risk' })
          .where('status', '=', 'open')
          .where('slaState', '=', 'ok')
          .where('slaAtRiskAt', '<=', now)
          .returning('id')
          .execute()
        if (breached.length > 0)
          await sql`insert into sla_breaches
              (workspace_id, conversation_id, channel_account_id, kind, due_at, breached_at, assignee_id)
            select ${ctx.workspaceId}, b.id, b.account, b.kind, b.due, ${now}, b.assignee
            from unnest(${breached.map((b) => b.id)}::uuid[], ${breached.map((b) => b.channelAccountId)}::uuid[],
              ${breached.map((b) => (b.firstReplyAt ? 'next_response' : 'first_response'))}::text[],
              ${breached.map((b) => b.slaDueAt?.toISOString())}::timestamptz[],
              ${breached.map((b) => b.assigneeId)}::uuid[]) as b(id, account, kind, due, assignee)
            on conflict (conversation_id, kind, due_at) do nothing`.execute(ctx.trx)
        await recordEvents(ctx, [
          ...woken.map((c) => event(c.id, 'conversations.conversation.woken')),
          ...breached.map((c) => event(c.id, 'conversations.sla.breached')),
          ...atRisk.map((c) => event(c.id, 'conversations.sla.endangered')),
        ])
        return woken.length + breached.length + atRisk.length
      },
    )
  return changed
}

const event = (id: string, name: string) => ({ name, entityType: 'conversation', entityId: id })
