import { systemActor } from '../../../platform/context.js'
import type { DemoWorkspace } from '../../../platform/module.js'
import type { Runtime } from '../../../platform/runtime.js'
import { createChannelAccount } from '../../channels/index.js'

/** Gives the demo workspace a chat widget (unless the channels seed made one) for /widget-demo. */
export async function seedDemoWidget(runtime: Runtime, demo: DemoWorkspace): Promise<void> {
  await runtime.inWorkspace(
    { workspaceId: demo.workspaceId, actor: systemActor('seed-demo') },
    async (ctx) => {
      const accounts = await ctx.trx
        .selectFrom('channelAccounts')
        .select(['id', 'kind'])
        .where('deletedAt', 'is', null)
        .orderBy('createdAt')
        .execute()
      if (accounts.some((a) => a.kind === 'widget')) return
      const mailbox = accounts.find((a) => a.kind === 'email')
      await createChannelAccount(ctx, runtime.secrets, 'widget', {
        name: 'Czat na stronie',
        settings: {
          title: 'Kraina Kawy',
          greeting: 'Dzień dobry! Pytanie o kawę albo zamówienie? Napisz do nas.',
          color: '#4a2f1b',
          ...(mailbox ? { fallbackEmailAccountId: mailbox.id } : {}),
        },
      })
    },
  )
}
