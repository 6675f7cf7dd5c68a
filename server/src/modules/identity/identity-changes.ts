import { sql, type Transaction } from 'kysely'
import type { DatabaseSchema } from '../../platform/db/schema.js'

/** Channel that tells every web process to forget cached principals and profiles. */
export const IDENTITY_CHANNEL = 'aftersale_identity'

/** What changed: a session, a token, a user's memberships or profile, or a whole workspace. */
export interface IdentityChange {
  kind: 'session' | 'api_token' | 'user' | 'workspace'
  id: string
}

/** Announces, on commit, that cached identity data about `change` is stale. */
export async function announceIdentityChange(
  trx: Transaction<DatabaseSchema>,
  change: IdentityChange,
): Promise<void> {
  await sql`select pg_notify(${IDENTITY_CHANNEL}, ${JSON.stringify(change)})`.execute(trx)
}
