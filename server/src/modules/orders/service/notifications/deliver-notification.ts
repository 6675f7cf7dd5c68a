import type { WorkspaceScope } from '../../../../platform/db/workspace-transaction.js'
import type { Runtime } from '../../../../platform/runtime.js'
import {
  CredentialsRejectedError,
  DeliveryRefusedError,
  loadConnectorAccount,
  sendTransactionalMail,
} from '../../../channels/index.js'
import {
  createSmsapiSender,
  SmsCredentialsRejectedError,
  SmsRecipientRejectedError,
} from '../../notifications/index.js'
import { type OrderSettings, smsTokenBinding } from '../settings/order-settings.js'

/** A failure no retry can fix (no account configured, recipient refused): the notice is marked failed. */
export class PermanentNotificationError extends Error {}

/** SMSAPI.pl's REST endpoint when the seller did not name another compatible provider. */
export const SMSAPI_DEFAULT_URL = 'https://api.smsapi.pl'

/** Hands a rendered notice to the e-mail account or the SMS provider; returns the provider's id. */
export async function deliverNotification(
  runtime: Runtime,
  scope: WorkspaceScope,
  prepared: {
    notification: { id: string; channel: 'email' | 'sms'; recipient: string }
    settings: OrderSettings
    content: { subject: string | null; text: string; html: string | null }
  },
): Promise<string> {
  const { notification, settings, content } = prepared
  try {
    if (notification.channel === 'sms') {
      if (!settings.smsTokenSealed)
        throw new PermanentNotificationError('No SMS provider token is set')
      const { token } = runtime.secrets.open<{ token: string }>(
        settings.smsTokenSealed,
        smsTokenBinding(scope.workspaceId),
      )
      const sender = createSmsapiSender({
        baseUrl: settings.smsApiUrl ?? SMSAPI_DEFAULT_URL,
        token,
        senderName: settings.smsSenderName ?? undefined,
      })
      const sent = await sender.send({
        to: notification.recipient,
        text: content.text,
        idempotencyKey: notification.id,
      })
      return sent.providerId
    }
    const account = await runtime.inWorkspace(scope, async (ctx) => {
      const id =
        settings.emailAccountId ??
        (
          await ctx.trx
            .selectFrom('channelAccounts')
            .select('id')
            .where('kind', '=', 'email')
            .where('status', '=', 'active')
            .where('deletedAt', 'is', null)
            .orderBy('createdAt')
            .executeTakeFirst()
        )?.id
      if (!id) throw new PermanentNotificationError('No e-mail account is connected to send from')
      return loadConnectorAccount(ctx, runtime.secrets, id)
    })
    const sent = await sendTransactionalMail(account, {
      to: notification.recipient,
      subject: content.subject ?? settings.shopName ?? 'Order update',
      text: content.text,
      html: content.html,
      idempotencyKey: notification.id,
      fromName: settings.shopName,
      replyTo: settings.replyToEmail,
    })
    return sent.messageId
  } catch (error) {
    if (
      error instanceof CredentialsRejectedError ||
      error instanceof DeliveryRefusedError ||
      error instanceof SmsCredentialsRejectedError ||
      error instanceof SmsRecipientRejectedError
    )
      throw new PermanentNotificationError((error as Error).message)
    throw error
  }
}
