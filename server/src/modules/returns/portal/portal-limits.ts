import type { ReportLimit } from '../../orders/index.js'
import { ReportLimiter } from '../../orders/index.js'

const MINUTES_10 = 10 * 60_000

/** Order look-ups from one address to one shop: enough for typos, too few to guess orders. */
export const LOOKUP_PER_IP: ReportLimit = { max: 10, windowMs: MINUTES_10 }
/** Order look-ups to one shop from everywhere: bounds guessing spread over many addresses. */
export const LOOKUP_PER_WORKSPACE: ReportLimit = { max: 300, windowMs: MINUTES_10 }
/** Eligibility checks of one order from one address (each one runs the engine). */
export const CHECKS_PER_ORDER: ReportLimit = { max: 30, windowMs: MINUTES_10 }
/** Case submissions of one order from one address; a resubmitted form counts too. */
export const SUBMITS_PER_ORDER: ReportLimit = { max: 10, windowMs: MINUTES_10 }
/** Photo uploads to one case from one address. */
export const UPLOADS_PER_CASE: ReportLimit = { max: 10, windowMs: MINUTES_10 }

/** The portal's POST budgets, one sliding-window counter each (in memory, per process). */
export class PortalLimiters {
  readonly lookupPerIp = new ReportLimiter(LOOKUP_PER_IP)
  readonly lookupPerWorkspace = new ReportLimiter(LOOKUP_PER_WORKSPACE)
  readonly checks = new ReportLimiter(CHECKS_PER_ORDER)
  readonly submits = new ReportLimiter(SUBMITS_PER_ORDER)
  readonly uploads = new ReportLimiter(UPLOADS_PER_CASE)
}
