import type { ServiceContext } from '../../../platform/context.js'

/** The queue whose jobs look for duplicates of customers whose identities changed. */
export const MATCH_CUSTOMERS_QUEUE = 'customers.match-customers'

// A job's payload stays small (pg-boss stores it as jsonb and logs it on failure).
const IDS_PER_JOB = 500

/**
 * Queues a duplicate search for customers whose identities, e-mail or phone changed (the orders
 * module calls it after an import). The job joins the caller's transaction: no commit, no job.
 */
export async function customerIdentitiesChanged(
  ctx: ServiceContext,
  customerIds: string[],
): Promise<void> {
  const unique = [...new Set(customerIds)]
  for (let start = 0; start < unique.length; start += IDS_PER_JOB)
    await ctx.jobs.send(ctx, MATCH_CUSTOMERS_QUEUE, {
      customerIds: unique.slice(start, start + IDS_PER_JOB),
    })
}
