import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { systemActor } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import type { Runtime } from '../../../platform/runtime.js'
import { workspaceTimeZone } from '../../identity/index.js'
import { civilDate } from '../../orders/index.js'
import {
  deadlineEndsAt,
  dueReminders,
  escalationDue,
  sellerClock,
} from '../workflow/deadline-clock.js'
import { announceCaseChange } from './case-signal.js'
import { deemComplaintAccepted } from './deem-accepted.js'
import { loadReturnSettings } from './return-settings.js'
import { queueStaffMail } from './staff-mail-queue.js'

/** What one pass of the deadline watch did. */
export interface DeadlineWatchResult {
  reminded: number
  escalated: number
  deemedAccepted: number
}

/**
 * Walks every open case's clock: reminds the assignee before the seller's deadline, escalates to
 * the owners, and records unanswered consumer complaints as accepted once their 14 days are over
 * (art. 7a Ustawa o prawach konsumenta).
 */
export async function watchCaseDeadlines(
  runtime: Runtime,
  now = new Date(),
  only?: { workspaceId: string },
): Promise<DeadlineWatchResult> {
  const result: DeadlineWatchResult = { reminded: 0, escalated: 0, deemedAccepted: 0 }
  const workspaces = await sql<{ workspaceId: string }>`
    select distinct workspace_id as "workspaceId" from return_cases
    where status not in ('refused', 'resolved')
      ${only ? sql`and workspace_id = ${only.workspaceId}` : sql``}`.execute(runtime.database.db)
  for (const { workspaceId } of workspaces.rows)
    await runtime.inWorkspace({ workspaceId, actor: systemActor('Deadline watch') }, (ctx) =>
      watchWorkspace(ctx, now, result),
    )
  return result
}

async function watchWorkspace(ctx: ServiceContext, now: Date, result: DeadlineWatchResult) {
  const zone = await workspaceTimeZone(ctx)
  const today = civilDate(now, zone)
  const settings = await loadReturnSettings(ctx)
  const cases = await ctx.trx
    .selectFrom('returnCases')
    .select([
      'id',
      'kind',
      'decision',
      'respondBy',
      'refundBy',
      'deemedAcceptedOn',
      'refundDueMinor',
      'refundedMinor',
      'remindedHours',
      'escalatedAt',
      'assigneeId',
    ])
    .where('status', 'not in', ['refused', 'resolved'])
    .execute()
  for (const row of cases) {
    if (
      row.kind === 'complaint' &&
      row.decision === null &&
      row.deemedAcceptedOn &&
      today >= row.deemedAcceptedOn
    ) {
      if (await deemComplaintAccepted(ctx, row.id, now)) {
        result.deemedAccepted++
        await queueStaffMail(ctx, row.id, 'staff_deemed_accepted', null)
      }
      continue
    }
    const clock = sellerClock({
      kind: row.kind,
      decision: row.decision,
      respondBy: row.respondBy,
      refundBy: row.refundBy,
      refundOutstanding:
        row.decision !== 'accepted' || Number(row.refundedMinor) < Number(row.refundDueMinor),
    })
    if (!clock) continue
    const hoursLeft = (deadlineEndsAt(clock.date, zone).getTime() - now.getTime()) / 3_600_000
    const reminders = dueReminders(hoursLeft, settings.reminderHours, row.remindedHours)
    const escalate = escalationDue(hoursLeft, settings.escalateHours, row.escalatedAt)
    if (reminders.length === 0 && !escalate) continue
    await ctx.trx
      .updateTable('returnCases')
      .set({
        remindedHours: [...row.remindedHours, ...reminders],
        ...(escalate ? { escalatedAt: now } : {}),
      })
      .where('id', '=', row.id)
      .execute()
    const detail = { clock: clock.kind, deadline: clock.date, hoursLeft: Math.round(hoursLeft) }
    if (reminders.length > 0) {
      result.reminded++
      await clockEvent(ctx, row.id, 'reminder', { ...detail, hours: reminders }, now)
      if (row.assigneeId)
        await queueStaffMail(ctx, row.id, 'staff_reminder', row.assigneeId, String(reminders[0]))
    }
    if (escalate) {
      result.escalated++
      await clockEvent(ctx, row.id, 'escalated', detail, now)
      await queueStaffMail(ctx, row.id, 'staff_escalation', null)
    }
    await announceCaseChange(ctx, row.id)
  }
}

async function clockEvent(
  ctx: ServiceContext,
  caseId: string,
  action: 'reminder' | 'escalated',
  detail: Record<string, unknown>,
  now: Date,
) {
  await ctx.trx
    .insertInto('returnCaseEvents')
    .values({
      workspaceId: ctx.workspaceId,
      caseId,
      action,
      actorType: 'system',
      detail: JSON.stringify(detail),
      createdAt: now,
    })
    .execute()
  await recordEvent(ctx, {
    name: action === 'reminder' ? 'returns.case.reminded' : 'returns.case.escalated',
    entityType: 'return_case',
    entityId: caseId,
    changes: { deadline: { from: null, to: detail.deadline } },
  })
}
