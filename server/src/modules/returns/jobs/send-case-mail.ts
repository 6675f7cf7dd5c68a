import { systemActor } from '../../../platform/context.js'
import { deliveryClaimable } from '../../../platform/jobs/delivery-claim.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { PermanentNotificationError, sendWorkspaceMail } from '../../orders/index.js'
import { caseMailContent, staffMailContent } from '../service/case-mail-content.js'
import { SEND_CASE_MAIL_QUEUE } from '../service/case-mail-queue.js'
import type { CaseMailKind } from '../workflow/case-state.js'
import type { StaffMailKind } from '../workflow/staff-mail.js'

const RETRIES = 6
/** Sends one case e-mail (to the buyer, or a deadline notice to staff): once (idempotent by the mail's id), retried with backoff. */
export function sendCaseMailJob(runtime: Runtime): JobDefinition<{ mailId: string }> {
  return {
    queue: SEND_CASE_MAIL_QUEUE,
    retryLimit: RETRIES,
    retryDelaySeconds: 30,
    async handle(data, job) {
      const scope = { workspaceId: data.workspaceId as string, actor: systemActor('Returns') }
      const prepared = await runtime.inWorkspace(scope, async (ctx) => {
        const mail = await ctx.trx
          .selectFrom('returnCaseMails')
          .selectAll()
          .where('id', '=', data.mailId)
          .forUpdate()
          .executeTakeFirst()
        if (!mail || !deliveryClaimable(mail, new Date())) return null
        // Claimed before sending: a second worker running the same job sends nothing.
        await ctx.trx
          .updateTable('returnCaseMails')
          .set({ status: 'sending', claimedAt: new Date(), attempts: mail.attempts + 1 })
          .where('id', '=', mail.id)
          .execute()
        const publicUrl = runtime.config.publicUrl ?? `http://localhost:${runtime.config.port}`
        const content = mail.kind.startsWith('staff_')
          ? await staffMailContent(ctx, mail.caseId, mail.kind as StaffMailKind, publicUrl)
          : await caseMailContent(ctx, mail.caseId, mail.kind as CaseMailKind, publicUrl)
        return { mail, content }
      })
      if (!prepared) return
      const finish = (values: {
        status: 'scheduled' | 'sent' | 'failed'
        providerId?: string
        error?: string
      }) =>
        runtime.inWorkspace(scope, (ctx) =>
          ctx.trx
            .updateTable('returnCaseMails')
            .set({
              status: values.status,
              providerId: values.providerId ?? null,
              error: values.error ?? null,
              sentAt: values.status === 'sent' ? new Date() : null,
            })
            .where('id', '=', prepared.mail.id)
            .execute(),
        )
      try {
        const providerId = await sendWorkspaceMail(runtime, scope, {
          to: prepared.mail.recipient,
          ...prepared.content,
          idempotencyKey: prepared.mail.id,
        })
        await finish({ status: 'sent', providerId })
      } catch (error) {
        const message = (error as Error).message
        if (error instanceof PermanentNotificationError || job.retryCount >= RETRIES)
          await finish({ status: 'failed', error: message })
        else {
          await finish({ status: 'scheduled', error: message })
          throw error
        }
      }
    },
  }
}
