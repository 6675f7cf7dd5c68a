import type { ServiceContext } from '../../../platform/context.js'
import type { CaseMailKind } from '../workflow/case-state.js'

/** The job that sends one case e-mail to the buyer. */
export const SEND_CASE_MAIL_QUEUE = 'returns.send-case-mail'

/**
 * Schedules an e-mail about a case to its buyer, in the caller's transaction: once per
 * (case, kind, occasion) — `occasion` tells repeated kinds apart (e.g. each refund).
 */
export async function queueCaseMail(
  ctx: ServiceContext,
  caseId: string,
  kind: CaseMailKind,
  occasion = 'once',
): Promise<void> {
  const row = await ctx.trx
    .selectFrom('returnCases')
    .select('buyerEmail')
    .where('id', '=', caseId)
    .executeTakeFirst()
  if (!row?.buyerEmail) return
  const mail = await ctx.trx
    .insertInto('returnCaseMails')
    .values({
      workspaceId: ctx.workspaceId,
      caseId,
      kind,
      recipient: row.buyerEmail,
      dedupeKey: `${caseId}:${kind}:${occasion}`,
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'dedupeKey']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (mail) await ctx.jobs.send(ctx, SEND_CASE_MAIL_QUEUE, { mailId: mail.id })
}
