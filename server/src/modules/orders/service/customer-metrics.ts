import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'

/** One customer's order totals as the customers module stores them. */
export interface CustomerOrderMetrics {
  customerId: string
  ordersCount: number
  lifetimeValueMinor: number
  currency: string | null
  firstOrderAt: Date | null
  lastOrderAt: Date | null
}

/**
 * Totals of the customers' orders in one query; cancelled orders do not count. Lifetime value
 * is summed in the customer's most used currency (mixing currencies would be meaningless).
 */
export async function customerOrderMetrics(
  ctx: ServiceContext,
  customerIds: string[],
): Promise<CustomerOrderMetrics[]> {
  if (customerIds.length === 0) return []
  const result = await sql<{
    customerId: string
    ordersCount: number
    lifetimeValueMinor: string
    currency: string | null
    firstOrderAt: Date | null
    lastOrderAt: Date | null
  }>`
    with counted as (
      select customer_id, currency, count(*) as n, sum(total_minor) as total,
        min(placed_at) as first_at, max(placed_at) as last_at
      from orders
      where customer_id = any(${customerIds}::uuid[])
        and status not in ('cancelled_by_buyer', 'cancelled_by_seller')
      group by customer_id, currency
    ), ranked as (
      select *, row_number() over (partition by customer_id order by n desc, currency) as rank
      from counted
    )
    select c.id as "customerId",
      coalesce((select sum(n) from counted where customer_id = c.id), 0)::int as "ordersCount",
      coalesce(r.total, 0)::text as "lifetimeValueMinor", r.currency,
      (select min(first_at) from counted where customer_id = c.id) as "firstOrderAt",
      (select max(last_at) from counted where customer_id = c.id) as "lastOrderAt"
    from unnest(${customerIds}::uuid[]) as c(id)
    left join ranked r on r.customer_id = c.id and r.rank = 1`.execute(ctx.trx)
  return result.rows.map((r) => ({ ...r, lifetimeValueMinor: Number(r.lifetimeValueMinor) }))
}
