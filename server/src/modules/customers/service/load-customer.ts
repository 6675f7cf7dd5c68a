import { type Selectable, sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { conflict, notFound } from '../../../platform/http/errors.js'
import type { CustomerTables } from '../tables.js'

/** A customer row as services read it. */
export type CustomerRow = Selectable<CustomerTables['customers']>

/** The customer with `id` in this workspace, or a 404; `lock` holds it until the transaction ends. */
export async function loadCustomer(
  ctx: ServiceContext,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CustomerRow> {
  let query = ctx.trx
    .selectFrom('customers')
    .selectAll()
    .select(attributesText.as('attributesText'))
    .where('id', '=', id)
  if (options.lock) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  if (!row) throw notFound('The customer')
  const { attributesText: text, ...customer } = row
  return { ...customer, attributes: JSON.parse(text) }
}

/**
 * The attributes column as JSON text: the database's CamelCasePlugin would otherwise rename
 * keys inside jsonb ("post_code" → "postCode"), and attribute keys are the seller's own.
 */
export const attributesText = sql<string>`attributes::text`

/**
 * The customer, refusing ones that were merged away or erased: changes must go to the customer
 * they were merged into, and an erased customer has nothing left to change.
 */
export async function loadActiveCustomer(
  ctx: ServiceContext,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CustomerRow> {
  const row = await loadCustomer(ctx, id, options)
  if (row.mergedIntoId)
    throw conflict(
      'customer_merged',
      `The customer was merged into customer ${row.mergedIntoId}; change that one instead.`,
    )
  if (row.erasedAt) throw conflict('customer_erased', 'The customer was erased.')
  return row
}
