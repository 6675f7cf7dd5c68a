import {
  type InboundMessage,
  loadConnectorAccount,
  recordSyncOutcome,
} from '../../server/src/modules/channels/index.js'
import { ingestMessages } from '../../server/src/modules/conversations/index.js'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { benchScope } from '../lib/runtime.js'

/**
 * One pulled page through the real path, as the sync job's page transaction runs it: lock the
 * account, ingest the messages, store the cursor, commit.
 */
export function ingestPage(
  runtime: Runtime,
  workspaceId: string,
  accountId: string,
  page: InboundMessage[],
) {
  return runtime.inWorkspace(benchScope(workspaceId), async (ctx) => {
    const account = await loadConnectorAccount(ctx, runtime.secrets, accountId, { lock: true })
    const result = await ingestMessages(ctx, runtime.files, account, page)
    const since = page.at(-1)?.sentAt.toISOString() ?? null
    await recordSyncOutcome(ctx, runtime.secrets, accountId, {
      ok: true,
      cursor: { v: 1, since, seen: [] },
    })
    return result
  })
}
