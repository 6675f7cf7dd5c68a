import { sql } from 'kysely'
import type { Runtime } from '../../../../platform/runtime.js'

const TOKEN = /^[0-9a-f]{32}$/i

/** The token as orders.tracking_token stores it (lower-case hex), or null when malformed. */
export function normalizeTrackingToken(token: string): string | null {
  return TOKEN.test(token) ? token.toLowerCase() : null
}

const CACHE_MAX = 20_000
const caches = new WeakMap<Runtime, Map<string, string>>()

/**
 * The workspace a tracking token belongs to, through the SECURITY DEFINER function that reveals
 * nothing else; null for an unknown token. A token never changes workspace, so known ones are
 * remembered (bounded) and a busy page costs no extra query per view; unknown ones are not.
 */
export async function workspaceOfTrackingToken(
  runtime: Runtime,
  token: string,
): Promise<string | null> {
  let cache = caches.get(runtime)
  if (!cache) {
    cache = new Map()
    caches.set(runtime, cache)
  }
  const known = cache.get(token)
  if (known) return known
  const row = await sql<{ workspaceId: string | null }>`
    select order_workspace_by_tracking_token(${token}) as workspace_id`.execute(runtime.database.db)
  const workspaceId = row.rows[0]?.workspaceId ?? null
  if (!workspaceId) return null
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(token, workspaceId)
  return workspaceId
}
