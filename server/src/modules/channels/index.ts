import type { AppModule } from '../../platform/module.js'
import { channelMigrations } from './migrations/index.js'
import { registerAllegroConnectRoutes } from './routes/allegro-connect-routes.js'
import { registerChannelAccountRoutes } from './routes/channel-account-routes.js'

export * from './contract.js'
export { type ChannelAccountView, listChannelAccounts } from './service/account-presenter.js'
export {
  type ChannelAccountInput,
  createChannelAccount,
  deleteChannelAccount,
  updateChannelAccount,
} from './service/channel-accounts.js'
export {
  accountPolicies,
  type LoadedAccount,
  loadConnectorAccount,
  recordSyncOutcome,
  type SyncOutcome,
} from './service/connector-accounts.js'
export type { AssignmentMode, ChannelTables, SlaCalendarSource, SlaClockMode } from './tables.js'

/** Channel accounts, their encrypted credentials, and the connectors that talk to each channel. */
export const channelsModule: AppModule = {
  name: 'channels',
  migrations: channelMigrations,
  routes(app, runtime) {
    registerChannelAccountRoutes(app, runtime)
    registerAllegroConnectRoutes(app, runtime)
  },
}
export { AllegroClient } from './allegro/allegro-client.js'
export { AllegroApiError, UncertainOutcomeError } from './allegro/allegro-errors.js'
export { connectorFor } from './connectors.js'
export { sendTransactionalMail, type TransactionalMail } from './email/transactional-mail.js'
export { sanitizeCustomerHtml } from './sanitize/customer-html.js'
export { forEachActiveAllegroAccount } from './service/active-allegro-accounts.js'
export { withAllegroClient } from './service/allegro-client-for.js'
export { patchCredentials } from './service/credential-patch.js'
export { withCredentialSaver } from './service/credential-saver.js'
