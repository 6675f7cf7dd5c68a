import { systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { connectorFor, loadConnectorAccount, withCredentialSaver } from '../../channels/index.js'

/** The queue that marks a marketplace thread read when an agent opens its conversation. */
export const MARK_READ_QUEUE = 'conversations.mark-read'

/** Marks the conversation's marketplace threads read (Allegro shows the buyer nothing, the seller's list stays tidy). */
export function markReadJob(runtime: Runtime): JobDefinition<{ conversationId: string }> {
  return {
    queue: MARK_READ_QUEUE,
    retryLimit: 3,
    retryDelaySeconds: 10,
    async handle(data) {
      const scope = { workspaceId: data.workspaceId as string, actor: systemActor('Mark read') }
      const threads = await runtime.inWorkspace(scope, (ctx) =>
        ctx.trx
          .selectFrom('conversationThreads')
          .select(['channelAccountId', 'externalThreadId'])
          .where('conversationId', '=', data.conversationId)
          .execute(),
      )
      for (const thread of threads) {
        const account = withCredentialSaver(
          runtime,
          scope,
          await runtime.inWorkspace(scope, (ctx) =>
            loadConnectorAccount(ctx, runtime.secrets, thread.channelAccountId),
          ),
        )
        if (account.deleted || account.status !== 'active') continue
        await connectorFor(account.kind).markRead?.(account, thread.externalThreadId)
      }
    },
  }
}
