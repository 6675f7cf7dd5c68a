import { sql } from 'kysely'
import type { Runtime } from '../../server/src/platform/runtime.js'
import { withIndexesRebuiltAfter } from './bulk-load.js'
import { generateConversations } from './generate-conversations.js'
import { generateCustomers } from './generate-customers.js'
import { generateExtras } from './generate-extras.js'
import { generateMessages } from './generate-messages.js'
import { CHUNK, type WorkspaceSize } from './scale.js'
import type { BenchWorkspace } from './setup.js'
import { loadVocabulary } from './vocabulary.js'

const TABLES = [
  'customers',
  'customer_identities',
  'conversations',
  'conversation_threads',
  'conversation_tags',
  'messages',
]

/** Fills the real tables set-based, rebuilds their indexes, then VACUUM ANALYZE. */
export async function generateData(
  runtime: Runtime,
  workspaces: { workspace: BenchWorkspace; size: WorkspaceSize }[],
  report: (line: string) => void,
): Promise<void> {
  await runtime.database.db.connection().execute(async (db) => {
    await loadVocabulary(db)
    await withIndexesRebuiltAfter(
      db,
      TABLES,
      async () => {
        for (const { workspace, size } of workspaces) {
          await generateCustomers(db, workspace.id, size.customers)
          report(`${workspace.name}: ${size.customers} customers`)
          for (let from = 1; from <= size.conversations; from += CHUNK) {
            const to = Math.min(size.conversations, from + CHUNK - 1)
            const range = { from, to, total: size.conversations, customers: size.customers }
            await generateConversations(db, workspace, range)
            await generateMessages(db, workspace.id, range)
            report(`${workspace.name}: conversations and messages up to #${to}`)
          }
          await generateExtras(db, workspace, size.conversations)
        }
      },
      report,
    )
    await sql`drop table bench_lines`.execute(db)
    await sql`vacuum (analyze) ${sql.raw(TABLES.join(', '))}`.execute(db)
    await sql`analyze`.execute(db)
    report('vacuum analyze done')
  })
}
