import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest, conflict } from '../../../platform/http/errors.js'
import { anonymizedCustomerFields } from '../rules/erasure.js'
import type { NamedCustomerData } from './customer-data-providers.js'
import { loadCustomer } from './load-customer.js'

/** What an erasure did: the customers anonymised and what was kept, by law, per module. */
export interface ErasureResult {
  erasedIds: string[]
  /** What the modules had to keep ("2 invoiced orders until 2030-12-31 …"). */
  kept: string[]
  /** What the modules reported as legal holds before erasing. */
  legalHolds: string[]
}

/**
 * Erases a customer on request (GDPR art. 17) after the caller confirmed with the customer's
 * name or id: every module erases or anonymises its rows, keeping what the law requires
 * (their legal holds); the customer row keeps only its id (anonymizedCustomerFields);
 * identities, notes, consents, tags, match suggestions and merge records go. Customers merged
 * into this one are the same person and are erased with it. The audit event lists what was kept.
 */
export async function eraseCustomer(
  ctx: ServiceContext,
  id: string,
  providers: readonly NamedCustomerData[],
  confirm: string,
  now = new Date(),
): Promise<ErasureResult> {
  const customer = await loadCustomer(ctx, id, { lock: true })
  const typed = confirm.trim().toLowerCase()
  if (typed !== id.toLowerCase() && typed !== (customer.name ?? '').trim().toLowerCase())
    throw badRequest(
      'confirmation_mismatch',
      "To erase, confirm with the customer's exact name or id.",
    )
  if (customer.erasedAt) throw conflict('already_erased', 'The customer was already erased.')
  if (customer.mergedIntoId)
    throw conflict(
      'customer_merged',
      `The customer was merged into ${customer.mergedIntoId}; erase that customer, which erases this one too.`,
    )
  const ids = await mergedFamily(ctx, id)
  const legalHolds: string[] = []
  const kept: string[] = []
  for (const customerId of ids)
    for (const { module, data } of providers) {
      for (const hold of (await data.legalHolds?.(ctx, customerId)) ?? [])
        legalHolds.push(`${module}: ${hold}`)
      for (const item of (await data.erase(ctx, customerId)).kept) kept.push(`${module}: ${item}`)
    }
  await ctx.trx.deleteFrom('customerIdentities').where('customerId', 'in', ids).execute()
  await ctx.trx.deleteFrom('customerNotes').where('customerId', 'in', ids).execute()
  await ctx.trx.deleteFrom('customerConsents').where('customerId', 'in', ids).execute()
  await ctx.trx.deleteFrom('customerTags').where('customerId', 'in', ids).execute()
  await ctx.trx
    .deleteFrom('customerMatchSuggestions')
    .where((eb) => eb.or([eb('customerId', 'in', ids), eb('candidateId', 'in', ids)]))
    .execute()
  // Merge records hold the merged-away customer's contact details (to undo the merge).
  await ctx.trx
    .deleteFrom('customerMerges')
    .where((eb) => eb.or([eb('targetId', 'in', ids), eb('sourceId', 'in', ids)]))
    .execute()
  for (const customerId of ids) {
    const { id: _, ...fields } = anonymizedCustomerFields(customerId)
    await ctx.trx
      .updateTable('customers')
      .set({
        ...fields,
        attributes: '{}',
        segments: sql<string[]>`'{}'::text[]`,
        segmentsAt: now,
        erasedAt: now,
        updatedAt: now,
      })
      .where('id', '=', customerId)
      .execute()
  }
  await recordEvent(ctx, {
    name: 'customers.customer.erased',
    entityType: 'customer',
    entityId: id,
    changes: {
      erasedIds: { from: null, to: ids },
      kept: { from: null, to: kept },
      legalHolds: { from: null, to: legalHolds },
    },
  })
  return { erasedIds: ids, kept, legalHolds }
}

/** The customer and every customer merged into it, directly or through others. */
async function mergedFamily(ctx: ServiceContext, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`with recursive family(id) as (
      select ${id}::uuid
      union
      select c.id from customers c join family f on c.merged_into_id = f.id
    ) select id from family`.execute(ctx.trx)
  return rows.map((r) => r.id)
}
