import type { WorkspaceScope } from '../../../../platform/db/workspace-transaction.js'
import type { Runtime } from '../../../../platform/runtime.js'
import {
  createSmsapiSender,
  SmsCredentialsRejectedError,
  SmsRecipientRejectedError,
} from '../../notifications/index.js'
import { type OrderSettings, smsTokenBinding } from '../settings/order-settings.js'
import { PermanentNotificationError, sendWorkspaceMail } from './workspace-mail.js'

export { PermanentNotificationError }

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
    return await sendWorkspaceMail(
      runtime,
      scope,
      {
        to: notification.recipient,
        subject: content.subject,
        text: content.text,
        html: content.html,
        idempotencyKey: notification.id,
      },
      settings,
    )
  } catch (error) {
    if (error instanceof SmsCredentialsRejectedError || error instanceof SmsRecipientRejectedError)
      throw new PermanentNotificationError((error as Error).message)
    throw error
  }
}
