import type { ServiceContext } from '../../../platform/context.js'
import { diffFields, recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'
import { announceIdentityChange } from '../identity-changes.js'

/** Updates the caller's own name or interface language. */
export async function updateProfile(
  ctx: ServiceContext,
  userId: string,
  input: { name?: string; locale?: 'pl' | 'en' },
): Promise<void> {
  const before = await ctx.trx
    .selectFrom('users')
    .select(['name', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!before) throw notFound('The user')
  const changes = diffFields(before, input)
  if (Object.keys(changes).length === 0) return
  await ctx.trx
    .updateTable('users')
    .set({ ...input, updatedAt: new Date() })
    .where('id', '=', userId)
    .execute()
  await recordEvent(ctx, {
    name: 'identity.user.updated',
    entityType: 'user',
    entityId: userId,
    changes,
  })
  await announceIdentityChange(ctx.trx, { kind: 'user', id: userId })
}
