import { sql } from 'kysely'
import type { ServiceContext } from '../../../../platform/context.js'
import { workspaceTimeZone } from '../../../identity/index.js'
import { quietHoursEnd } from '../../rules/notifications/index.js'
import type { NotificationKind } from '../../tables.js'
import { loadOrderSettings } from '../settings/order-settings.js'

/** The job that sends one scheduled notification. */
export const SEND_NOTIFICATION_QUEUE = 'orders.send-notification'

/**
 * Schedules order-status messages, at most one per (order, kind, channel) ever, shifted out of the
 * seller's quiet hours; each new one gets its job in the same transaction.
 */
export async function scheduleOrderNotifications(
  ctx: ServiceContext,
  requests: { orderId: string; kind: NotificationKind }[],
  now = new Date(),
): Promise<number> {
  if (requests.length === 0) return 0
  const settings = await loadOrderSettings(ctx)
  const wanted = requests.filter((r) => settings.notifyKinds.includes(r.kind))
  const channels = [settings.notifyEmail && 'email', settings.notifySms && 'sms'].filter(
    (c): c is 'email' | 'sms' => Boolean(c),
  )
  if (wanted.length === 0 || channels.length === 0) return 0
  const quietEnd = quietHoursEnd(now, {
    timeZone: await workspaceTimeZone(ctx),
    start: settings.quietStart,
    end: settings.quietEnd,
  })
  const at = quietEnd ?? now
  const rows = wanted.flatMap((r) => channels.map((channel) => ({ ...r, channel })))
  const created = await sql<{ id: string }>`
    insert into order_notifications (workspace_id, order_id, kind, channel, recipient, scheduled_for)
    select ${ctx.workspaceId}::uuid, o.id, t.kind, t.channel,
      case t.channel when 'email' then o.buyer_email::text else o.buyer_phone end, ${at}
    from unnest(${rows.map((r) => r.orderId)}::uuid[], ${rows.map((r) => r.kind)}::text[],
      ${rows.map((r) => r.channel)}::text[]) as t(order_id, kind, channel)
    join orders o on o.id = t.order_id
    where case t.channel when 'email' then o.buyer_email is not null else o.buyer_phone is not null end
    on conflict (order_id, kind, channel) do nothing
    returning id`.execute(ctx.trx)
  const delay = Math.max(0, Math.ceil((at.getTime() - now.getTime()) / 1000))
  for (const row of created.rows)
    await ctx.jobs.send(
      ctx,
      SEND_NOTIFICATION_QUEUE,
      { notificationId: row.id },
      { startAfterSeconds: delay || undefined },
    )
  return created.rows.length
}
