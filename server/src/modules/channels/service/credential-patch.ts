import type { ServiceContext } from '../../../platform/context.js'
import type { SecretBox } from '../../../platform/crypto/secret-box.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { notFound } from '../../../platform/http/errors.js'

/** Merges server-made secrets (OAuth tokens, pending flow codes) into an account's sealed credentials. */
export async function patchCredentials(
  ctx: ServiceContext,
  secrets: SecretBox,
  id: string,
  patch: Record<string, unknown>,
  options: { audit?: string } = {},
): Promise<Record<string, unknown>> {
  const row = await ctx.trx
    .selectFrom('channelAccounts')
    .select(['credentials', 'status'])
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  if (!row) throw notFound('The channel account')
  const current = row.credentials ? secrets.open<Record<string, unknown>>(row.credentials, id) : {}
  const next = { ...current, ...patch }
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key]
  const values: Record<string, unknown> = {
    credentials: secrets.seal(next, id),
    updatedAt: new Date(),
  }
  if (options.audit) {
    values.status = 'active'
    values.lastError = null
  }
  await ctx.trx.updateTable('channelAccounts').set(values).where('id', '=', id).execute()
  if (options.audit)
    await recordEvent(ctx, {
      name: 'channels.account.connected',
      entityType: 'channel_account',
      entityId: id,
      changes: { credentials: { from: '(hidden)', to: options.audit } },
    })
  return next
}
