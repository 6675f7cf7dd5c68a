import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'

/** What the inbox shows of a customer. */
export interface CustomerSummary {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  tags: { id: string; name: string; color: string }[]
}

/** Loads customers with their tags in two queries, however many ids. */
export async function customerSummaries(
  ctx: ServiceContext,
  ids: string[],
): Promise<Map<string, CustomerSummary>> {
  const result = new Map<string, CustomerSummary>()
  const unique = [...new Set(ids)]
  if (unique.length === 0) return result
  const rows = await ctx.trx
    .selectFrom('customers')
    .select(['id', 'name', 'email', 'phone'])
    .where('id', 'in', unique)
    .execute()
  for (const row of rows) result.set(row.id, { ...row, tags: [] })
  const tags = await ctx.trx
    .selectFrom('customerTags')
    .innerJoin('tags', 'tags.id', 'customerTags.tagId')
    .select(['customerTags.customerId', 'tags.id', 'tags.name', 'tags.color'])
    .where('customerTags.customerId', 'in', unique)
    .orderBy('tags.name')
    .execute()
  for (const tag of tags)
    result.get(tag.customerId)?.tags.push({ id: tag.id, name: tag.name, color: tag.color })
  return result
}

/** Ids of customers whose name or e-mail resembles `query` (trigram), best first. */
export async function customersMatching(
  ctx: ServiceContext,
  query: string,
  limit: number,
): Promise<string[]> {
  const rows = await ctx.trx
    .selectFrom('customerSearch')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('name', 'ilike', `%${escapeLike(query)}%`),
        eb(sql`email::text`, 'ilike', `%${escapeLike(query)}%`),
      ]),
    )
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
