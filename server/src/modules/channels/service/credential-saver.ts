import type { WorkspaceScope } from '../../../platform/db/workspace-transaction.js'
import type { Runtime } from '../../../platform/runtime.js'
import type { ConnectorAccount } from '../contract.js'
import { patchCredentials } from './credential-patch.js'

/** Lets a connector store refreshed credentials in their own transaction, the moment it gets them. */
export function withCredentialSaver<T extends ConnectorAccount>(
  runtime: Runtime,
  scope: WorkspaceScope,
  account: T,
): T {
  account.saveCredentials = async (credentials) => {
    await runtime.inWorkspace(scope, (ctx) =>
      patchCredentials(ctx, runtime.secrets, account.id, credentials),
    )
  }
  return account
}
