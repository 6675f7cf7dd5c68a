import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest, notFound } from '../../../platform/http/errors.js'
import { loadActiveCustomer } from './load-customer.js'

/** An agent's internal note about a customer. */
export interface CustomerNote {
  id: string
  authorId: string | null
  authorLabel: string
  text: string
  createdAt: Date
}

/** Adds an internal note to the customer (1–10,000 characters, as the column allows). */
export async function addCustomerNote(
  ctx: ServiceContext,
  customerId: string,
  text: string,
): Promise<CustomerNote> {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > 10_000)
    throw badRequest('invalid_note', 'A note is 1 to 10,000 characters long.')
  await loadActiveCustomer(ctx, customerId)
  const note = await ctx.trx
    .insertInto('customerNotes')
    .values({
      workspaceId: ctx.workspaceId,
      customerId,
      authorId: ctx.actor.type === 'user' ? ctx.actor.id : null,
      authorLabel: ctx.actor.label,
      text: trimmed,
      // Several notes in one transaction still get distinct times, so "latest" is well defined.
      createdAt: sql<Date>`clock_timestamp()`,
    })
    .returning(['id', 'authorId', 'authorLabel', 'text', 'createdAt'])
    .executeTakeFirstOrThrow()
  await recordEvent(ctx, {
    name: 'customers.note.added',
    entityType: 'customer',
    entityId: customerId,
    changes: { note: { from: null, to: note.id } },
  })
  return note
}

/** Deletes one of the customer's notes; the audit event keeps who deleted which note. */
export async function deleteCustomerNote(
  ctx: ServiceContext,
  customerId: string,
  noteId: string,
): Promise<void> {
  const deleted = await ctx.trx
    .deleteFrom('customerNotes')
    .where('id', '=', noteId)
    .where('customerId', '=', customerId)
    .returning('id')
    .executeTakeFirst()
  if (!deleted) throw notFound('The note')
  await recordEvent(ctx, {
    name: 'customers.note.deleted',
    entityType: 'customer',
    entityId: customerId,
    changes: { note: { from: noteId, to: null } },
  })
}

/** The customer's latest notes, newest first. */
export async function latestNotes(
  ctx: ServiceContext,
  customerId: string,
  limit = 50,
): Promise<CustomerNote[]> {
  return ctx.trx
    .selectFrom('customerNotes')
    .select(['id', 'authorId', 'authorLabel', 'text', 'createdAt'])
    .where('customerId', '=', customerId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}
