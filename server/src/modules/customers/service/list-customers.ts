import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { badRequest } from '../../../platform/http/errors.js'
import type { CustomerFilter } from '../rules/customer-filter.js'
import { filterConditions } from './customer-filter-sql.js'
import type { Tag } from './tags.js'

/** One row of the customer list. */
export interface CustomerListItem {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  locale: string | null
  segments: string[]
  ordersCount: number
  lifetimeValueMinor: number
  currency: string | null
  lastOrderAt: Date | null
  mergedIntoId: string | null
  erasedAt: Date | null
  tags: Tag[]
}

/** What a customer list asks for. */
export interface CustomerListQuery {
  filter: CustomerFilter
  cursor?: string
  limit: number
  /** Also list customers merged into others or erased (hidden by default). */
  includeMerged?: boolean
  includeErased?: boolean
}

// The position after a row: its last order (exact, as PostgreSQL prints it) and id.
function encodeCursor(sortKey: string | null, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url')
}

function decodeCursor(cursor: string): { sortKey: string | null; id: string } {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[]
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    const validKey =
      sortKey === null || (typeof sortKey === 'string' && !Number.isNaN(Date.parse(sortKey)))
    if (validKey && typeof id === 'string' && uuid.test(id))
      return { sortKey: sortKey as string | null, id }
  } catch {}
  throw badRequest('invalid_cursor', 'The cursor is not one this list gave out.')
}

/**
 * One page of customers, most recent buyers first (last order desc, never-bought last, then
 * id), keyset-paginated, in two queries whatever the page size.
 */
export async function listCustomers(
  ctx: ServiceContext,
  query: CustomerListQuery,
): Promise<{ items: CustomerListItem[]; nextCursor: string | null }> {
  let select = ctx.trx
    .selectFrom('customers')
    .select([
      'id',
      'name',
      'email',
      'phone',
      'locale',
      'segments',
      'ordersCount',
      'lifetimeValueMinor',
      'currency',
      'lastOrderAt',
      'mergedIntoId',
      'erasedAt',
      sql<string | null>`last_order_at::text`.as('sortKey'),
    ])
    .where((eb) => eb.and(filterConditions(eb, query.filter)))
  if (!query.includeMerged) select = select.where('mergedIntoId', 'is', null)
  if (!query.includeErased) select = select.where('erasedAt', 'is', null)
  if (query.cursor) {
    const { sortKey, id } = decodeCursor(query.cursor)
    select = select.where(
      sortKey === null
        ? sql<boolean>`last_order_at is null and id > ${id}::uuid`
        : sql<boolean>`(last_order_at < ${sortKey}::timestamptz
            or (last_order_at = ${sortKey}::timestamptz and id > ${id}::uuid)
            or last_order_at is null)`,
    )
  }
  const rows = await select
    .orderBy(sql`last_order_at desc nulls last`)
    .orderBy('id')
    .limit(query.limit + 1)
    .execute()
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor = rows.length > query.limit && last ? encodeCursor(last.sortKey, last.id) : null
  const tags = await tagsOf(
    ctx,
    page.map((r) => r.id),
  )
  return {
    items: page.map(({ sortKey: _, ...row }) => ({
      ...row,
      lifetimeValueMinor: Number(row.lifetimeValueMinor),
      tags: tags.get(row.id) ?? [],
    })),
    nextCursor,
  }
}

async function tagsOf(ctx: ServiceContext, ids: string[]): Promise<Map<string, Tag[]>> {
  const result = new Map<string, Tag[]>()
  // Always one query, so that a page costs the same whether or not it is empty.
  const rows = await ctx.trx
    .selectFrom('customerTags')
    .innerJoin('tags', 'tags.id', 'customerTags.tagId')
    .select(['customerTags.customerId', 'tags.id', 'tags.name', 'tags.color'])
    .where('customerTags.customerId', '=', sql<string>`any(${ids}::uuid[])`)
    .orderBy('tags.name')
    .execute()
  for (const { customerId, ...tag } of rows) {
    const list = result.get(customerId) ?? []
    list.push(tag)
    result.set(customerId, list)
  }
  return result
}
