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
    ), per_customer as (
      -- One pass, no correlated subqueries: a batch of thousands of customers stays linear.
      select customer_id, sum(n) as n, min(first_at) as first_at, max(last_at) as last_at,
        (array_agg(currency order by n desc, currency))[1] as currency,
        (array_agg(total order by n desc, currency))[1] as total
      from counted group by customer_id
    )
    select c.id as "customerId", coalesce(p.n, 0)::int as "ordersCount",
      coalesce(p.total, 0)::text as "lifetimeValueMinor", p.currency,
      p.first_at as "firstOrderAt", p.last_at as "lastOrderAt"
    from unnest(${customerIds}::uuid[]) as c(id)
    left join per_customer p on p.customer_id = c.id`.execute(ctx.trx)
  return result.rows.map((r) => ({ ...r, lifetimeValueMinor: Number(r.lifetimeValueMinor) }))
}
