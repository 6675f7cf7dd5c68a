import type { ServiceContext } from '../../../platform/context.js'
import type { StaffMailKind } from '../workflow/staff-mail.js'
import { SEND_CASE_MAIL_QUEUE } from './case-mail-queue.js'

/**
 * Schedules a notice to the seller's people about a case's deadline: to one user (the assignee),
 * or with `userId` null to the workspace's owners. Once per (case, kind, occasion, recipient).
 */
export async function queueStaffMail(
  ctx: ServiceContext,
  caseId: string,
  kind: StaffMailKind,
  userId: string | null,
  occasion = 'once',
): Promise<void> {
  let query = ctx.trx
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.userId', 'u.id')
    .select(['u.id', 'u.email'])
    .where('m.workspaceId', '=', ctx.workspaceId)
  query = userId ? query.where('u.id', '=', userId) : query.where('m.role', '=', 'owner')
  const recipients = await query.execute()
  for (const recipient of recipients) {
    const mail = await ctx.trx
      .insertInto('returnCaseMails')
      .values({
        workspaceId: ctx.workspaceId,
        caseId,
        kind,
        recipient: recipient.email,
        dedupeKey: `${caseId}:${kind}:${occasion}:${recipient.id}`,
      })
      .onConflict((oc) => oc.columns(['workspaceId', 'dedupeKey']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (mail) await ctx.jobs.send(ctx, SEND_CASE_MAIL_QUEUE, { mailId: mail.id })
  }
}
