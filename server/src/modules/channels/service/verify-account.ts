import type { WorkspaceScope } from '../../../platform/db/workspace-transaction.js'
import { badRequest } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import { connectorFor } from '../connectors.js'
import { loadConnectorAccount, recordSyncOutcome } from './connector-accounts.js'
import { withCredentialSaver } from './credential-saver.js'

/** Asks the connector to check an account's credentials; a refusal becomes a 400 naming it. */
export async function verifyChannelAccount(runtime: Runtime, scope: WorkspaceScope, id: string) {
  const loaded = await runtime.inWorkspace(scope, (ctx) =>
    loadConnectorAccount(ctx, runtime.secrets, id),
  )
  const account = withCredentialSaver(runtime, scope, loaded)
  const connector = connectorFor(account.kind)
  try {
    await connector.verify?.(account)
  } catch (error) {
    const message = (error as Error).message
    await runtime.inWorkspace(scope, (ctx) =>
      recordSyncOutcome(ctx, runtime.secrets, id, {
        ok: false,
        error: `Connection test failed: ${message}`,
      }),
    )
    throw badRequest('connection_failed', `The connection test failed: ${message}`)
  }
}
