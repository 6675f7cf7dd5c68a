import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordCustomerSignals } from '../../customers/index.js'

/** Updates the customers' open-complaint and 90-day complaint counts, which feed their segments ("dissatisfied"). */
export async function refreshComplaintSignals(
  ctx: ServiceContext,
  customerIds: string[],
  now = new Date(),
) {
  const ids = [...new Set(customerIds)]
  if (ids.length === 0) return
  const counts = await sql<{ customerId: string; open: number; recent: number }>`
    select c.id as "customerId",
      count(r.id) filter (where r.status not in ('refused','resolved'))::int as "open",
      count(r.id) filter (where r.requested_at > ${now.toISOString()}::timestamptz - interval '90 days')::int as "recent"
    from unnest(${ids}::uuid[]) as c(id)
    left join return_cases r on r.customer_id = c.id and r.kind = 'complaint'
    group by c.id`.execute(ctx.trx)
  await recordCustomerSignals(
    ctx,
    counts.rows.map((row) => ({
      customerId: row.customerId,
      openComplaints: row.open,
      complaints90d: row.recent,
    })),
    now,
  )
}
