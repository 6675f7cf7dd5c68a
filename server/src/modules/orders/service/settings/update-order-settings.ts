import type { ServiceContext } from '../../../../platform/context.js'
import type { SecretBox } from '../../../../platform/crypto/secret-box.js'
import { type FieldChange, recordEvent } from '../../../../platform/events/record-event.js'
import { badRequest } from '../../../../platform/http/errors.js'
import type { NotificationKind } from '../../tables.js'
import { loadOrderSettings, type OrderSettings, smsTokenBinding } from './order-settings.js'

/** What an admin may change; `smsToken` is write-only (sealed at rest, never read back). */
export type OrderSettingsPatch = Partial<
  Omit<OrderSettings, 'workspaceId' | 'smsTokenSealed' | 'notifyKinds'> & {
    notifyKinds: NotificationKind[]
    smsToken: string | null
  }
>

/** Saves order settings, checking that the e-mail account exists, and records the change. */
export async function updateOrderSettings(
  ctx: ServiceContext,
  secrets: SecretBox,
  patch: OrderSettingsPatch,
): Promise<OrderSettings> {
  const current = await loadOrderSettings(ctx)
  const { smsToken, ...plain } = patch
  if (plain.emailAccountId) {
    const account = await ctx.trx
      .selectFrom('channelAccounts')
      .select(['kind'])
      .where('id', '=', plain.emailAccountId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst()
    if (account?.kind !== 'email')
      throw badRequest('invalid_email_account', 'emailAccountId is not an e-mail channel account')
  }
  const next: OrderSettings = { ...current, ...plain }
  if (smsToken !== undefined)
    next.smsTokenSealed = smsToken
      ? secrets.seal({ token: smsToken }, smsTokenBinding(ctx.workspaceId))
      : null
  const { workspaceId: _ws, carrierSettings, ...rest } = next
  const values = {
    ...rest,
    carrierSettings: JSON.stringify(carrierSettings),
    updatedAt: new Date(),
  }
  await ctx.trx
    .insertInto('orderSettings')
    .values({ ...values, workspaceId: ctx.workspaceId })
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet(values))
    .execute()
  const changes: Record<string, FieldChange> = {}
  for (const [key, to] of Object.entries(plain))
    if (JSON.stringify(current[key as keyof OrderSettings]) !== JSON.stringify(to))
      changes[key] = { from: current[key as keyof OrderSettings] ?? null, to }
  if (smsToken !== undefined) changes.smsToken = { from: null, to: smsToken ? 'set' : 'removed' }
  await recordEvent(ctx, {
    name: 'orders.settings.updated',
    entityType: 'workspace',
    entityId: ctx.workspaceId,
    changes,
  })
  return next
}
