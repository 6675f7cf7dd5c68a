import type { WorkspaceScope } from '../../../platform/db/workspace-transaction.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { AllegroClient } from '../allegro/allegro-client.js'
import { openAllegroSession } from '../allegro/allegro-session.js'
import { sharedAllegroTokens } from '../allegro/allegro-token-cache.js'
import { loadConnectorAccount } from './connector-accounts.js'
import { withCredentialSaver } from './credential-saver.js'

/**
 * Runs `work` with an API client for an Allegro channel account (for modules beyond messaging,
 * e.g. orders); refreshed tokens are stored the moment they arrive. No transaction is held
 * while `work` talks to Allegro.
 */
export async function withAllegroClient<T>(
  runtime: Runtime,
  scope: WorkspaceScope,
  accountId: string,
  work: (client: AllegroClient) => Promise<T>,
): Promise<T> {
  const account = await runtime.inWorkspace(scope, (ctx) =>
    loadConnectorAccount(ctx, runtime.secrets, accountId),
  )
  if (account.kind !== 'allegro') throw new Error(`Channel account ${accountId} is not Allegro`)
  withCredentialSaver(runtime, scope, account)
  const session = openAllegroSession(account, sharedAllegroTokens, {})
  return work(session.client)
}
