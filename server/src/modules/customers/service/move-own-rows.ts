import { sql } from 'kysely'
import type { ServiceContext } from '../../../platform/context.js'
import type { CustomerMergeMoves } from './merge-record.js'

type OwnMoves = Pick<CustomerMergeMoves, 'identities' | 'notes' | 'consents' | 'tags'>

/** Moves the customers module's own rows (identities, notes, consents, tags) to the target. */
export async function moveOwnRows(
  ctx: ServiceContext,
  sourceId: string,
  targetId: string,
): Promise<OwnMoves> {
  const identities = await ctx.trx
    .updateTable('customerIdentities')
    .set({ customerId: targetId })
    .where('customerId', '=', sourceId)
    .returning(['kind', 'externalId'])
    .execute()
  const notes = await ctx.trx
    .updateTable('customerNotes')
    .set({ customerId: targetId })
    .where('customerId', '=', sourceId)
    .returning('id')
    .execute()
  const consents = await ctx.trx
    .updateTable('customerConsents')
    .set({ customerId: targetId })
    .where('customerId', '=', sourceId)
    .returning('id')
    .execute()
  const sourceTags = await ctx.trx
    .deleteFrom('customerTags')
    .where('customerId', '=', sourceId)
    .returning('tagId')
    .execute()
  const added =
    sourceTags.length === 0
      ? []
      : await ctx.trx
          .insertInto('customerTags')
          .values(
            sourceTags.map((t) => ({
              workspaceId: ctx.workspaceId,
              customerId: targetId,
              tagId: t.tagId,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .returning('tagId')
          .execute()
  return {
    identities: identities.map((i) => ({ kind: i.kind, externalId: i.externalId })),
    notes: notes.map((n) => n.id),
    consents: consents.map((c) => c.id),
    tags: { source: sourceTags.map((t) => t.tagId), addedToTarget: added.map((t) => t.tagId) },
  }
}

/** Puts the rows listed by `moveOwnRows` back on the source (those still on the target). */
export async function restoreOwnRows(
  ctx: ServiceContext,
  moves: OwnMoves,
  sourceId: string,
  targetId: string,
): Promise<void> {
  if (moves.identities.length > 0)
    await sql`update customer_identities set customer_id = ${sourceId}
      where customer_id = ${targetId} and (kind, external_id) in (
        select * from unnest(${moves.identities.map((i) => i.kind)}::text[],
          ${moves.identities.map((i) => i.externalId)}::text[]))`.execute(ctx.trx)
  if (moves.notes.length > 0)
    await ctx.trx
      .updateTable('customerNotes')
      .set({ customerId: sourceId })
      .where('customerId', '=', targetId)
      .where('id', 'in', moves.notes)
      .execute()
  if (moves.consents.length > 0)
    await ctx.trx
      .updateTable('customerConsents')
      .set({ customerId: sourceId })
      .where('customerId', '=', targetId)
      .where('id', 'in', moves.consents)
      .execute()
  if (moves.tags.addedToTarget.length > 0)
    await ctx.trx
      .deleteFrom('customerTags')
      .where('customerId', '=', targetId)
      .where('tagId', 'in', moves.tags.addedToTarget)
      .execute()
  // Tags deleted since the merge stay deleted.
  if (moves.tags.source.length > 0)
    await ctx.trx
      .insertInto('customerTags')
      .columns(['workspaceId', 'customerId', 'tagId'])
      .expression((eb) =>
        eb
          .selectFrom('tags')
          .select(['workspaceId', eb.val(sourceId).as('customerId'), 'id'])
          .where('id', 'in', moves.tags.source),
      )
      .onConflict((oc) => oc.doNothing())
      .execute()
}
