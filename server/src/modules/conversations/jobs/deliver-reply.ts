import { systemActor } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import {
  CredentialsRejectedError,
  connectorFor,
  DeliveryRefusedError,
  recordSyncOutcome,
  withCredentialSaver,
} from '../../channels/index.js'
import { DELIVER_REPLY_QUEUE } from '../service/replies.js'
import { claimForDelivery, type DeliveryClaim } from './delivery-claim.js'

const RETRY_LIMIT = 8

/** Delivers a queued reply exactly once: claim, reconcile after a crash, send, then mark sent. */
export function deliverReplyJob(runtime: Runtime): JobDefinition<{ messageId: string }> {
  return {
    queue: DELIVER_REPLY_QUEUE,
    retryLimit: RETRY_LIMIT,
    retryDelaySeconds: 5,
    // A send that hangs is given up after the delivery timeout, then retried and reconciled.
    expireInSeconds: runtime.config.deliveryTimeoutSeconds,
    async handle(data, job) {
      const workspaceId = data.workspaceId as string
      const scope = { workspaceId, actor: systemActor('Delivery') }
      const claim = await runtime.inWorkspace(scope, (ctx) =>
        claimForDelivery(ctx, runtime, data.messageId),
      )
      if (!claim) return
      withCredentialSaver(runtime, scope, claim.account)
      const connector = connectorFor(claim.account.kind)
      try {
        const receipt =
          (claim.wasInterrupted && (await connector.findDelivered?.(claim.account, claim.reply))) ||
          (await connector.send(claim.account, claim.reply, runtime.log))
        await runtime.inWorkspace(scope, async (ctx) => {
          // A pull may have stored the channel's copy of this reply before we could mark it.
          await ctx.trx
            .deleteFrom('messages')
            .where('channelAccountId', '=', claim.account.id)
            .where('externalId', '=', receipt.externalId)
            .where('id', '!=', data.messageId)
            .where('authorUserId', 'is', null)
            .where('direction', '=', 'outbound')
            .execute()
          await ctx.trx
            .updateTable('messages')
            .set({
              deliveryStatus: 'sent',
              externalId: receipt.externalId,
              headerMessageId: receipt.messageIdHeader ?? null,
              deliveredAt: new Date(),
              deliveryError: null,
            })
            .where('id', '=', data.messageId)
            .execute()
          await recordEvent(ctx, sentEvent(claim, 'conversations.message.sent'))
        })
      } catch (error) {
        const permanent =
          error instanceof CredentialsRejectedError || error instanceof DeliveryRefusedError
        const lastTry = permanent || job.retryCount >= RETRY_LIMIT
        await runtime.inWorkspace(scope, async (ctx) => {
          await ctx.trx
            .updateTable('messages')
            .set({
              deliveryStatus: lastTry ? 'failed' : 'queued',
              deliveryError: (error as Error).message.slice(0, 2000),
            })
            .where('id', '=', data.messageId)
            .execute()
          if (lastTry) await recordEvent(ctx, sentEvent(claim, 'conversations.message.failed'))
          await recordSyncOutcome(ctx, runtime.secrets, claim.account.id, {
            ok: false,
            error: `Sending failed: ${(error as Error).message}`,
            credentialsRejected: error instanceof CredentialsRejectedError,
          })
        })
        if (!lastTry) throw error
      }
    },
  }
}

function sentEvent(claim: DeliveryClaim, name: string) {
  return {
    name,
    entityType: 'conversation',
    entityId: claim.reply.conversationId,
    changes: { messageId: { from: null, to: claim.reply.messageId } },
  }
}
