import { sql } from 'kysely'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { benchScope } from '../lib/runtime.js'

const CHUNK = 100_000

/**
 * Inserts `count` customers with order metrics spread like a shop's: most bought once, a long
 * tail of regulars, some complaints and bad reviews. Set-based, chunked, one transaction each.
 */
export async function seedCustomers(
  runtime: Runtime,
  workspaceId: string,
  count: number,
  onChunk: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start)
    await runtime.inWorkspace(benchScope(workspaceId), (ctx) =>
      sql`insert into customers (workspace_id, name, email, orders_count, lifetime_value_minor,
          currency, first_order_at, last_order_at, open_complaints, complaints90d,
          negative_reviews, last_negative_sentiment_at)
        select ${workspaceId}::uuid, 'Klient ' || (${start}::int + g), 'klient' || (${start}::int + g) || '@example.pl',
          m.orders, m.orders * (2000 + (hashint4(g * 7) & 32767)),
          'PLN', now() - make_interval(days => m.first_days), now() - make_interval(days => m.last_days),
          case when g % 97 = 0 then 1 else 0 end, case when g % 53 = 0 then 1 else 0 end,
          case when g % 71 = 0 then 1 else 0 end,
          case when g % 131 = 0 then now() - interval '3 days' end
        from generate_series(1, ${n}::int) g,
          lateral (select
            -- Geometric-ish: half bought once, a few dozen times.
            greatest(1, floor(-ln(1 - ((hashint4(g) & 65535) / 65536.0)) * 2.2))::int as orders,
            300 + (hashint4(g * 3) & 1023) as first_days,
            (hashint4(g * 5) & 1023) % 700 as last_days) m`.execute(ctx.trx),
    )
    onChunk(start + n)
  }
  await sql`analyze customers`.execute(runtime.database.db)
}
