import type { WorkspaceScope } from '../../../../platform/db/workspace-transaction.js'
import type { Runtime } from '../../../../platform/runtime.js'
import {
  CredentialsRejectedError,
  DeliveryRefusedError,
  loadConnectorAccount,
  sendTransactionalMail,
} from '../../../channels/index.js'
import { loadOrderSettings, type OrderSettings } from '../settings/order-settings.js'

/** A failure no retry can fix (no account configured, recipient refused): the message is marked failed. */
export class PermanentNotificationError extends Error {}

/** A transactional e-mail to a customer. */
export interface WorkspaceMail {
  to: string
  subject: string | null
  text: string
  html: string | null
  /** Stable per message: a retried send is recognised and not sent twice. */
  idempotencyKey: string
}

/**
 * Sends a customer e-mail from the workspace's notification mailbox (Settings → Orders, or the
 * first active e-mail account) under the shop's name; returns the Message-ID.
 */
export async function sendWorkspaceMail(
  runtime: Runtime,
  scope: WorkspaceScope,
  mail: WorkspaceMail,
  known?: OrderSettings,
): Promise<string> {
  const { settings, account } = await runtime.inWorkspace(scope, async (ctx) => {
    const settings = known ?? (await loadOrderSettings(ctx))
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
    return { settings, account: await loadConnectorAccount(ctx, runtime.secrets, id) }
  })
  try {
    const sent = await sendTransactionalMail(account, {
      to: mail.to,
      subject: mail.subject ?? settings.shopName ?? 'Order update',
      text: mail.text,
      html: mail.html,
      idempotencyKey: mail.idempotencyKey,
      fromName: settings.shopName,
      replyTo: settings.replyToEmail,
    })
    return sent.messageId
  } catch (error) {
    if (error instanceof CredentialsRejectedError || error instanceof DeliveryRefusedError)
      throw new PermanentNotificationError((error as Error).message)
    throw error
  }
}
