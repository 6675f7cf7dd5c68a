import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import type { ProductRow } from '../../rules/csv/index.js'

/** What one products batch changed. */
export interface ProductUpsertResult {
  created: number
  updated: number
  unchanged: number
}

/**
 * Inserts or updates products on (workspace, SKU) in one statement; a column the file lacks
 * (undefined) keeps the stored value, and a product whose values are the same is left alone.
 * Within a batch the last row of a SKU wins.
 */
export async function upsertProducts(
  ctx: ServiceContext,
  rows: ProductRow[],
): Promise<ProductUpsertResult> {
  const batch = [...new Map(rows.map((r) => [r.sku, r])).values()]
  if (batch.length === 0) return { created: 0, updated: 0, unchanged: 0 }
  const first = batch[0] as ProductRow
  const keep = {
    stock: first.stock === undefined,
    availability: first.availabilityText === undefined,
    flags: first.flags === undefined,
  }
  const written = await sql<{ inserted: boolean }>`
    insert into products (workspace_id, sku, name, stock, availability_text, flags)
    select ${ctx.workspaceId}::uuid, t.sku, t.name, t.stock, t.availability_text,
      string_to_array(t.flags, ',')::text[]
    from unnest(${batch.map((r) => r.sku)}::text[], ${batch.map((r) => r.name)}::text[],
      ${batch.map((r) => r.stock ?? null)}::int[], ${batch.map((r) => r.availabilityText ?? null)}::text[],
      ${batch.map((r) => (r.flags ?? []).join(','))}::text[]) as t(sku, name, stock, availability_text, flags)
    on conflict (workspace_id, sku) do update set
      name = excluded.name,
      stock = case when ${keep.stock}::boolean then products.stock else excluded.stock end,
      availability_text = case when ${keep.availability}::boolean then products.availability_text
        else excluded.availability_text end,
      flags = case when ${keep.flags}::boolean then products.flags else excluded.flags end,
      updated_at = now()
    where (products.name, products.stock, products.availability_text, products.flags)
      is distinct from (excluded.name,
        case when ${keep.stock}::boolean then products.stock else excluded.stock end,
        case when ${keep.availability}::boolean then products.availability_text else excluded.availability_text end,
        case when ${keep.flags}::boolean then products.flags else excluded.flags end)
    returning (xmax = 0) as inserted`.execute(ctx.trx)
  const created = written.rows.filter((r) => r.inserted).length
  return {
    created,
    updated: written.rows.length - created,
    unchanged: batch.length - written.rows.length,
  }
}
