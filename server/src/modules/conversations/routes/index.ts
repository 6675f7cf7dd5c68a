import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { systemActor } from '../../../platform/context.js'
import { onLiveBeat } from '../../../platform/events/live-route.js'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { loadConnectorAccount } from '../../channels/index.js'
import { SYNC_ACCOUNT_QUEUE } from '../jobs/sync-account.js'
import { touchAgentPresence } from '../service/agent-presence.js'
import { registerConversationListRoutes } from './conversation-routes.js'
import { registerFileRoutes } from './file-routes.js'
import { registerInboxAdminRoutes } from './inbox-admin-routes.js'
import { registerMessageRoutes } from './message-routes.js'

/** Every HTTP route of the inbox. */
export function registerConversationRoutes(app: FastifyInstance, runtime: Runtime) {
  registerConversationListRoutes(app, runtime)
  registerMessageRoutes(app, runtime)
  registerFileRoutes(app, runtime)
  registerInboxAdminRoutes(app, runtime)
  onLiveBeat(runtime, async (principal) => {
    if (!principal.userId) return
    await runtime.inWorkspace(
      { workspaceId: principal.workspaceId, actor: systemActor('Presence') },
      (ctx) => touchAgentPresence(ctx, principal.userId as string),
    )
  })
  app.post(
    '/api/v1/channel-accounts/:id/sync',
    {
      config: { minRole: 'admin' },
      schema: {
        tags: ['channels'],
        summary: 'Pull new messages of the account now',
        params: Type.Object({ id: Uuid }),
        response: { 202: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await loadConnectorAccount(ctx, runtime.secrets, id)
        await ctx.jobs.send(ctx, SYNC_ACCOUNT_QUEUE, { accountId: id }, { singletonKey: id })
      })
      return reply.status(202).send()
    },
  )
}
