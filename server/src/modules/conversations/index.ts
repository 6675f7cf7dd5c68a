import type { AppModule } from '../../platform/module.js'
import { startChannelWatchers } from './jobs/channel-watchers.js'
import { deliverReplyJob } from './jobs/deliver-reply.js'
import { markReadJob } from './jobs/mark-read.js'
import { startRecoveryLoop } from './jobs/recover-deliveries.js'
import { refreshStatisticsJob } from './jobs/refresh-statistics.js'
import { scheduleSyncsJob } from './jobs/schedule-syncs.js'
import { syncAccountJob } from './jobs/sync-account.js'
import { watchSlaJob } from './jobs/watch-sla.js'
import { conversationMigrations } from './migrations/index.js'
import { registerConversationRoutes } from './routes/index.js'
import { seedConversationsDemo } from './seed-demo.js'
import { conversationsCustomerData } from './service/customer-data.js'

export { recoverInterruptedDeliveries } from './jobs/recover-deliveries.js'
export { enqueueDueSyncs } from './jobs/schedule-syncs.js'
export { SYNC_ACCOUNT_QUEUE } from './jobs/sync-account.js'
export { advanceSlaClocks } from './jobs/watch-sla.js'
export { isPolishPublicHoliday } from './rules/polish-holidays.js'
export { agentsOnline, touchAgentPresence } from './service/agent-presence.js'
export { type IngestResult, ingestMessages } from './service/ingest/ingest-messages.js'
export {
  type ConversationLink,
  conversationLink,
  conversationsAbout,
} from './service/order-links.js'
export { DELIVER_REPLY_QUEUE, queueReply } from './service/replies.js'
export { type VisitorMessage, visitorThreadMessages } from './service/visitor-thread.js'
export type { ConversationTables } from './tables.js'

/** The inbox: conversations, messages, assignment, SLA clocks, search and live updates. */
export const conversationsModule: AppModule = {
  name: 'conversations',
  migrations: conversationMigrations,
  jobs: (runtime) => [
    syncAccountJob(runtime),
    scheduleSyncsJob(runtime),
    deliverReplyJob(runtime),
    markReadJob(runtime),
    refreshStatisticsJob(runtime),
    watchSlaJob(runtime),
  ],
  routes: registerConversationRoutes,
  async background(runtime) {
    const stops = [await startChannelWatchers(runtime), await startRecoveryLoop(runtime)]
    return async () => {
      for (const stop of stops) await stop()
    }
  },
  seedDemo: seedConversationsDemo,
  customerData: conversationsCustomerData,
}
