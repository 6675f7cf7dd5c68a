import { sql } from 'kysely'
import type { Runtime } from '../../../platform/runtime.js'

// openReturnCase writes 16 random bytes as base64url (22 characters); some slack for the future.
const PORTAL_TOKEN = /^[A-Za-z0-9_-]{16,64}$/

/** The token as stored, or null when it cannot be one (refused without a query). */
export const normalizePortalToken = (token: string) => (PORTAL_TOKEN.test(token) ? token : null)

/**
 * The workspace of a case's portal token through the SECURITY DEFINER function that reveals
 * nothing else (return_workspace_by_portal_token); null for an unknown token.
 */
export async function workspaceOfPortalToken(
  runtime: Runtime,
  token: string,
): Promise<string | null> {
  const row = await sql<{ workspaceId: string | null }>`
    select return_workspace_by_portal_token(${token}) as workspace_id`.execute(runtime.database.db)
  return row.rows[0]?.workspaceId ?? null
}
