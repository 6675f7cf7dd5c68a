import type { Runtime } from '../../../platform/runtime.js'
import { DELIVER_REPLY_QUEUE } from '../service/replies.js'
import { enqueueDueSyncs } from './schedule-syncs.js'

/**
 * Queues delivery again for replies whose sender died mid-send (status sending, lease lapsed);
 * the claim then asks the channel whether the reply arrived before sending it.
 */
export async function recoverInterruptedDeliveries(runtime: Runtime): Promise<number> {
  const cutoff = new Date(Date.now() - runtime.config.deliveryTimeoutSeconds * 1000)
  const stale = await runtime.database.db
    .selectFrom('messages')
    .select(['id', 'workspaceId'])
    .where('deliveryStatus', '=', 'sending')
    .where('sendingStartedAt', '<', cutoff)
    .limit(1000)
    .execute()
  for (const message of stale)
    await runtime.jobs.boss.send(DELIVER_REPLY_QUEUE, {
      messageId: message.id,
      workspaceId: message.workspaceId,
    })
  return stale.length
}

/** A worker's recovery loop: at start and then every half delivery timeout, finish what died. */
export async function startRecoveryLoop(runtime: Runtime): Promise<() => Promise<void>> {
  const sweep = () =>
    recoverInterruptedDeliveries(runtime).catch((error) =>
      runtime.log.warn({ err: error }, 'delivery recovery failed'),
    )
  await enqueueDueSyncs(runtime).catch((error) =>
    runtime.log.warn({ err: error }, 'could not queue syncs at start'),
  )
  await sweep()
  const timer = setInterval(sweep, (runtime.config.deliveryTimeoutSeconds * 1000) / 2)
  return async () => clearInterval(timer)
}
