import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { SEGMENT_DEFINITIONS, type SegmentDefinition } from '../rules/segment-definitions.js'

/** A segment's definition with how many active customers are in it. */
export interface SegmentSummary extends SegmentDefinition {
  customers: number
}

/** Every segment with its labels, rule parameters and customer count, in one query. */
export async function segmentSummaries(ctx: ServiceContext): Promise<SegmentSummary[]> {
  const { rows } = await sql<{ segment: string; customers: number }>`
    select segment, count(*)::int as customers
    from customers, unnest(segments) as segment
    where merged_into_id is null and erased_at is null
    group by segment`.execute(ctx.trx)
  const counts = new Map(rows.map((r) => [r.segment, r.customers]))
  return SEGMENT_DEFINITIONS.map((d) => ({ ...d, customers: counts.get(d.id) ?? 0 }))
}
