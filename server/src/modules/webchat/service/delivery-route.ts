import type { ServiceContext } from '../../../platform/context.js'
import { decideDeliveryRoute, type WidgetDeliveryRoute } from '../rules/delivery-decision.js'
import { loadVisitor } from './visitors.js'

/**
 * Decides, when a reply to a widget thread is about to be sent, whether the visitor's open chat
 * gets it or it goes by e-mail through the widget's `fallbackEmailAccountId` account.
 */
export async function widgetDeliveryRoute(
  ctx: ServiceContext,
  accountId: string,
  externalThreadId: string | null,
  now = new Date(),
): Promise<WidgetDeliveryRoute> {
  if (!externalThreadId) return { via: 'widget' }
  const visitor = await loadVisitor(ctx, accountId, externalThreadId)
  if (!visitor) return { via: 'widget' }
  const account = await ctx.trx
    .selectFrom('channelAccounts')
    .select('settings')
    .where('id', '=', accountId)
    .executeTakeFirst()
  const fallbackId = account?.settings.fallbackEmailAccountId
  const fallback =
    typeof fallbackId === 'string'
      ? await ctx.trx
          .selectFrom('channelAccounts')
          .select('id')
          .where('id', '=', fallbackId)
          .where('kind', '=', 'email')
          .where('status', '=', 'active')
          .where('deletedAt', 'is', null)
          .executeTakeFirst()
      : undefined
  return decideDeliveryRoute({
    visitor: {
      name: visitor.name,
      email: visitor.email,
      lastSeenAt: visitor.lastSeenAt ? new Date(visitor.lastSeenAt) : null,
    },
    fallbackEmailAccountId: fallback?.id ?? null,
    now,
  })
}
