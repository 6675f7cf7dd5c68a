import { systemActor } from '../../../platform/context.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import { OutboundRateLimitedError } from '../../../platform/outbound/retrying-fetch.js'
import type { Runtime } from '../../../platform/runtime.js'
import { trackerFor } from '../carriers/index.js'
import type { CarrierCode, TrackingStatus } from '../contract.js'
import { nextTrackingPoll } from '../rules/tracking-poll.js'
import { loadOrderSettings } from '../service/settings/order-settings.js'
import { recordTrackingUpdates } from '../service/shipments/record-tracking.js'

const BATCH = 200

/** Every five minutes: asks carriers about parcels whose next poll is due. */
export function pollTrackingJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'orders.poll-tracking',
    cron: '*/5 * * * *',
    retryLimit: 0,
    async handle() {
      await pollDueShipments(runtime)
    },
  }
}

/** Polls due parcels, grouped by workspace and carrier; returns how many were asked about. */
export async function pollDueShipments(
  runtime: Runtime,
  now = new Date(),
  only?: { workspaceId: string },
): Promise<number> {
  let query = runtime.database.db
    .selectFrom('shipments')
    .select(['id', 'workspaceId', 'carrier', 'trackingNumber', 'status', 'pollFailures'])
    .where('nextPollAt', '<=', now)
    .where('carrier', 'is not', null)
    .orderBy('nextPollAt')
    .limit(BATCH)
  if (only) query = query.where('workspaceId', '=', only.workspaceId)
  const due = await query.execute()
  const groups = new Map<string, typeof due>()
  for (const s of due) {
    const key = `${s.workspaceId}|${s.carrier}`
    groups.set(key, [...(groups.get(key) ?? []), s])
  }
  for (const [key, shipments] of groups) {
    const [workspaceId, carrier] = key.split('|') as [string, CarrierCode]
    const scope = { workspaceId, actor: systemActor('Tracking poll') }
    const settings = await runtime.inWorkspace(scope, (ctx) => loadOrderSettings(ctx))
    const tracker = trackerFor(carrier, settings.carrierSettings)
    const schedule = async (rows: typeof shipments, failed: boolean, retryAt?: Date) =>
      runtime.inWorkspace(scope, async (ctx) => {
        for (const s of rows) {
          const failures = failed ? s.pollFailures + 1 : 0
          await ctx.trx
            .updateTable('shipments')
            .set({
              pollFailures: failures,
              nextPollAt: tracker
                ? (retryAt ?? nextTrackingPoll(s.status as TrackingStatus | null, failures, now))
                : null,
            })
            .where('id', '=', s.id)
            .execute()
        }
      })
    if (!tracker) {
      await schedule(shipments, false)
      continue
    }
    try {
      const updates = await tracker.track(shipments.map((s) => s.trackingNumber))
      await runtime.inWorkspace(scope, (ctx) => recordTrackingUpdates(ctx, updates, 'poll', now))
      const fresh = await runtime.database.db
        .selectFrom('shipments')
        .select(['id', 'status', 'pollFailures', 'workspaceId', 'carrier', 'trackingNumber'])
        .where(
          'id',
          'in',
          shipments.map((s) => s.id),
        )
        .execute()
      await schedule(fresh, false)
    } catch (error) {
      runtime.log.warn({ err: error, carrier, workspaceId }, 'tracking poll failed')
      await schedule(
        shipments,
        true,
        error instanceof OutboundRateLimitedError ? error.retryAt : undefined,
      )
    }
  }
  return due.length
}
