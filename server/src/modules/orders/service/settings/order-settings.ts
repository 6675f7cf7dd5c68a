import type { Selectable } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import type { OrderTables } from '../../tables.js'

/** A workspace's order settings as services read them (defaults when never saved). */
export type OrderSettings = Omit<Selectable<OrderTables['orderSettings']>, 'updatedAt'>

/** Loads the workspace's order settings; a workspace that never saved any gets the defaults. */
export async function loadOrderSettings(ctx: ServiceContext): Promise<OrderSettings> {
  const row = await ctx.trx
    .selectFrom('orderSettings')
    .selectAll()
    .where('workspaceId', '=', ctx.workspaceId)
    .executeTakeFirst()
  if (row) return row
  return {
    workspaceId: ctx.workspaceId,
    shipByWarningHours: 12,
    noScanDays: 3,
    proactiveMessages: false,
    notifyEmail: true,
    notifySms: false,
    notifyKinds: ['order_received', 'shipped', 'out_for_delivery', 'delivered', 'delay_notice'],
    quietStart: '21:00',
    quietEnd: '08:00',
    shopName: null,
    accentColor: '#0f766e',
    logoUrl: null,
    replyToEmail: null,
    emailAccountId: null,
    smsApiUrl: null,
    smsSenderName: null,
    smsTokenSealed: null,
    carrierSettings: {},
  }
}

/** What the sealed SMS token is bound to, so it cannot be moved to another workspace's row. */
export const smsTokenBinding = (workspaceId: string) => `order-settings:sms:${workspaceId}`
