import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { forEachActiveAllegroAccount } from '../../channels/index.js'
import { pushAllegroClaimDecision } from '../service/allegro/push-allegro-claim-decision.js'
import { pushAllegroRefund } from '../service/allegro/push-allegro-refund.js'
import { pushAllegroRejection } from '../service/allegro/push-allegro-rejection.js'
import { syncAllegroCases } from '../service/allegro/sync-allegro-cases.js'
import {
  PUSH_ALLEGRO_CLAIM_DECISION_QUEUE,
  PUSH_ALLEGRO_REFUND_QUEUE,
  PUSH_ALLEGRO_REJECTION_QUEUE,
} from '../service/marketplace-follow-up.js'

/** Every ten minutes: new Allegro customer returns and issues become cases, known ones get Allegro's status. */
export function syncAllegroCasesJob(runtime: Runtime): JobDefinition {
  return {
    queue: 'returns.sync-allegro-cases',
    cron: '*/10 * * * *',
    retryLimit: 0,
    async handle() {
      await syncAllAllegroCases(runtime)
    },
  }
}

/** Syncs every active Allegro account; one failing does not stop the others. */
export async function syncAllAllegroCases(runtime: Runtime, only?: { workspaceId: string }) {
  await forEachActiveAllegroAccount(
    runtime,
    'Allegro returns sync',
    (workspaceId, accountId) => syncAllegroCases(runtime, workspaceId, accountId),
    only,
  )
}

/** Sends a marketplace refund to Allegro, retried with backoff (idempotent by commandId). */
export function pushAllegroRefundJob(runtime: Runtime): JobDefinition<{ refundId: string }> {
  return {
    queue: PUSH_ALLEGRO_REFUND_QUEUE,
    retryLimit: 8,
    retryDelaySeconds: 30,
    async handle(data) {
      await pushAllegroRefund(runtime, data.workspaceId as string, data.refundId)
    },
  }
}

/** Records the seller's decision on an Allegro claim, retried with backoff. */
export function pushAllegroClaimDecisionJob(runtime: Runtime): JobDefinition<{ caseId: string }> {
  return {
    queue: PUSH_ALLEGRO_CLAIM_DECISION_QUEUE,
    retryLimit: 8,
    retryDelaySeconds: 30,
    async handle(data) {
      await pushAllegroClaimDecision(runtime, data.workspaceId as string, data.caseId)
    },
  }
}

/** Sends the seller's rejection of a customer return to Allegro, retried with backoff. */
export function pushAllegroRejectionJob(runtime: Runtime): JobDefinition<{ caseId: string }> {
  return {
    queue: PUSH_ALLEGRO_REJECTION_QUEUE,
    retryLimit: 8,
    retryDelaySeconds: 30,
    async handle(data) {
      await pushAllegroRejection(runtime, data.workspaceId as string, data.caseId)
    },
  }
}
