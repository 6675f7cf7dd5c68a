import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { AppError, badRequest, conflict, notFound } from '../../../platform/http/errors.js'
import { type CustomerFilter, parseCustomerFilter } from '../rules/customer-filter.js'

/** A named customer filter the team shares ("VIP on Allegro who said yes to e-mails"). */
export interface SavedFilter {
  id: string
  name: string
  filter: CustomerFilter
  createdBy: string
  createdAt: Date
}

/** Reads a filter from untrusted JSON or answers a 400 listing every problem. */
export function customerFilterOrThrow(input: unknown): CustomerFilter {
  const parsed = parseCustomerFilter(input)
  if (!parsed.ok)
    throw badRequest('invalid_filter', `The filter is not valid: ${parsed.problems.join('; ')}.`, {
      problems: parsed.problems,
    })
  return parsed.filter
}

/** The workspace's saved filters, by name. */
export async function listSavedFilters(ctx: ServiceContext): Promise<SavedFilter[]> {
  const rows = await ctx.trx
    .selectFrom('customerSavedFilters')
    .select(['id', 'name', 'filter', 'createdBy', 'createdAt'])
    .orderBy('name')
    .execute()
  return rows.map((row) => ({ ...row, filter: row.filter as CustomerFilter }))
}

/** Saves a validated filter under a name unique in the workspace (1–80 characters). */
export async function createSavedFilter(
  ctx: ServiceContext,
  input: { name: string; filter: unknown },
): Promise<SavedFilter> {
  const name = input.name.trim()
  if (name.length === 0 || name.length > 80)
    throw badRequest('invalid_name', 'A saved filter’s name is 1 to 80 characters long.')
  const filter = customerFilterOrThrow(input.filter)
  const taken = await ctx.trx
    .selectFrom('customerSavedFilters')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst()
  if (taken) throw conflict('filter_name_taken', `A saved filter named "${name}" already exists.`)
  const row = await ctx.trx
    .insertInto('customerSavedFilters')
    .values({
      workspaceId: ctx.workspaceId,
      name,
      filter: JSON.stringify(filter),
      createdBy: ctx.actor.label,
    })
    .returning(['id', 'name', 'createdBy', 'createdAt'])
    .executeTakeFirstOrThrow()
  await recordEvent(ctx, {
    name: 'customers.savedFilter.created',
    entityType: 'customer_saved_filter',
    entityId: row.id,
    changes: { name: { from: null, to: name } },
  })
  return { ...row, filter }
}

/** Deletes a saved filter. */
export async function deleteSavedFilter(ctx: ServiceContext, id: string): Promise<void> {
  const row = await ctx.trx
    .deleteFrom('customerSavedFilters')
    .where('id', '=', id)
    .returning('name')
    .executeTakeFirst()
  if (!row) throw notFound('The saved filter')
  await recordEvent(ctx, {
    name: 'customers.savedFilter.deleted',
    entityType: 'customer_saved_filter',
    entityId: id,
    changes: { name: { from: row.name, to: null } },
  })
}

/**
 * The filter saved under `id`, checked again: one saved before a rule changed (a segment was
 * renamed) answers a 409 naming what no longer holds instead of silently listing more.
 */
export async function savedCustomerFilter(
  ctx: ServiceContext,
  id: string,
): Promise<CustomerFilter> {
  const row = await ctx.trx
    .selectFrom('customerSavedFilters')
    .select('filter')
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('The saved filter')
  const parsed = parseCustomerFilter(row.filter)
  if (!parsed.ok)
    throw new AppError(
      409,
      'saved_filter_outdated',
      `The saved filter no longer fits the filter rules: ${parsed.problems.join('; ')}.`,
      { problems: parsed.problems },
    )
  return parsed.filter
}
