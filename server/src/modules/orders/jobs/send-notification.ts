import { systemActor } from '../../../platform/context.js'
import { deliveryClaimable } from '../../../platform/jobs/delivery-claim.js'
import type { JobDefinition } from '../../../platform/jobs/job-queue.js'
import type { Runtime } from '../../../platform/runtime.js'
import { workspaceTimeZone } from '../../identity/index.js'
import { quietHoursEnd } from '../rules/notifications/index.js'
import {
  deliverNotification,
  PermanentNotificationError,
} from '../service/notifications/deliver-notification.js'
import { notificationContent } from '../service/notifications/notification-content.js'
import { SEND_NOTIFICATION_QUEUE } from '../service/notifications/schedule-notifications.js'
import { loadOrderSettings } from '../service/settings/order-settings.js'

const RETRIES = 6

/** Sends one order-status message: once, outside quiet hours, retried with backoff. */
export function sendNotificationJob(runtime: Runtime): JobDefinition<{ notificationId: string }> {
  return {
    queue: SEND_NOTIFICATION_QUEUE,
    retryLimit: RETRIES,
    retryDelaySeconds: 30,
    async handle(data, job) {
      const scope = { workspaceId: data.workspaceId as string, actor: systemActor('Notifications') }
      const prepared = await runtime.inWorkspace(scope, async (ctx) => {
        const notification = await ctx.trx
          .selectFrom('orderNotifications')
          .selectAll()
          .where('id', '=', data.notificationId)
          .forUpdate()
          .executeTakeFirst()
        if (!notification || !deliveryClaimable(notification, new Date())) return null
        const settings = await loadOrderSettings(ctx)
        const now = new Date()
        const quietEnd = quietHoursEnd(now, {
          timeZone: await workspaceTimeZone(ctx),
          start: settings.quietStart,
          end: settings.quietEnd,
        })
        if (quietEnd) {
          await ctx.trx
            .updateTable('orderNotifications')
            .set({ scheduledFor: quietEnd })
            .where('id', '=', notification.id)
            .execute()
          await ctx.jobs.send(ctx, SEND_NOTIFICATION_QUEUE, data, {
            startAfterSeconds: Math.ceil((quietEnd.getTime() - now.getTime()) / 1000),
          })
          return null
        }
        // Claimed before sending: a second worker running the same job sends nothing.
        await ctx.trx
          .updateTable('orderNotifications')
          .set({ status: 'sending', claimedAt: now, attempts: notification.attempts + 1 })
          .where('id', '=', notification.id)
          .execute()
        const content = await notificationContent(
          ctx,
          notification,
          settings,
          runtime.config.publicUrl ?? `http://localhost:${runtime.config.port}`,
        )
        return { notification, settings, content }
      })
      if (!prepared) return
      const { notification } = prepared
      const finish = (values: {
        status: 'scheduled' | 'sent' | 'failed'
        providerId?: string
        error?: string
      }) =>
        runtime.inWorkspace(scope, (ctx) =>
          ctx.trx
            .updateTable('orderNotifications')
            .set({
              status: values.status,
              providerId: values.providerId ?? null,
              error: values.error ?? null,
              sentAt: values.status === 'sent' ? new Date() : null,
            })
            .where('id', '=', notification.id)
            .execute(),
        )
      try {
        const providerId = await deliverNotification(runtime, scope, prepared)
        await finish({ status: 'sent', providerId })
      } catch (error) {
        const message = (error as Error).message
        if (error instanceof PermanentNotificationError || job.retryCount >= RETRIES)
          await finish({ status: 'failed', error: message })
        else {
          await finish({ status: 'scheduled', error: message })
          throw error
        }
      }
    },
  }
}
