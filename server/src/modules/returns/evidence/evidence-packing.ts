import type { ServiceContext } from '../../../platform/context.js'
import { listPackChecks } from './pack-checks.js'

/** The order's pack checks and photos as the evidence prints them, oldest check first. */
export async function loadPackEvidence(ctx: ServiceContext, orderId: string) {
  const { checks, loosePhotos } = await listPackChecks(ctx, orderId)
  return { checks: [...checks].reverse(), loosePhotos }
}
